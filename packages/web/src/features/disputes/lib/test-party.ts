import type { DisputeParty } from '@fengqiao/domain';

/** A party with every Art. 29 particular filled, as the case page receives it (masked phone and address). */
export const testParty = (id: string, name: string, village = '双坪村'): DisputeParty => ({
  id,
  personId: null,
  role: 'applicant',
  name,
  sex: 'male',
  ethnicity: '汉族',
  age: 50,
  occupation: '农民',
  idNumber: null,
  phone: '138****0000',
  address: `${village}**`,
  agent: null,
});
