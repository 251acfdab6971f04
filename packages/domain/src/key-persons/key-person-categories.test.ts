import { describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../accounts/roles';
import {
  KEY_PERSON_CATEGORIES,
  KEY_PERSON_GROUP_PERMISSIONS,
  keyPersonCategoriesOf,
  keyPersonGroupOf,
} from './key-person-categories';

describe('key-person categories', () => {
  it('puts every category in exactly one group', () => {
    expect(keyPersonGroupOf('terrorism')).toBe('police');
    expect(keyPersonGroupOf('petitioner')).toBe('police');
    expect(keyPersonGroupOf('community_correction')).toBe('governance');
    expect([...keyPersonCategoriesOf('police'), ...keyPersonCategoriesOf('governance')].sort()).toEqual(
      [...KEY_PERSON_CATEGORIES].sort(),
    );
  });

  it('reads each group under its own permission, held by neither village cadres, departments nor partners', () => {
    expect(KEY_PERSON_GROUP_PERMISSIONS).toEqual({
      police: 'keyperson.read_police',
      governance: 'keyperson.read_governance',
    });
    for (const role of ['village_cadre', 'department', 'partner', 'patrol'] as const) {
      expect(ROLE_PERMISSIONS[role]['keyperson.read_police']).toBeUndefined();
      expect(ROLE_PERMISSIONS[role]['keyperson.read_governance']).toBeUndefined();
    }
  });

  it('gives every holder of the police group the governance group too (the menu entry asks for the latter)', () => {
    for (const permissions of Object.values(ROLE_PERMISSIONS)) {
      if (permissions['keyperson.read_police']) expect(permissions['keyperson.read_governance']).toBeDefined();
    }
  });
});
