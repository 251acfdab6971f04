import { describe, expect, it } from 'vitest';
import { nameSearchKeys } from './pinyin';

describe('nameSearchKeys', () => {
  it('gives the full pinyin and initials of a name', () => {
    expect(nameSearchKeys('张三')).toEqual({ pinyin: 'zhangsan', initials: 'zs' });
    expect(nameSearchKeys('李长青')).toEqual({ pinyin: 'lichangqing', initials: 'lcq' });
  });

  it('reads polyphonic surnames as surnames', () => {
    expect(nameSearchKeys('曾小明')).toEqual({ pinyin: 'zengxiaoming', initials: 'zxm' });
    expect(nameSearchKeys('单田芳')).toEqual({ pinyin: 'shantianfang', initials: 'stf' });
    expect(nameSearchKeys('曾')).toEqual({ pinyin: 'zeng', initials: 'z' });
    expect(nameSearchKeys('单')).toEqual({ pinyin: 'shan', initials: 's' });
    expect(nameSearchKeys('区志明')).toEqual({ pinyin: 'ouzhiming', initials: 'ozm' });
    expect(nameSearchKeys('尉迟恭')).toEqual({ pinyin: 'yuchigong', initials: 'ycg' });
  });

  it('reads the given name normally, not with surname pronunciations', () => {
    expect(nameSearchKeys('张乐')).toEqual({ pinyin: 'zhangle', initials: 'zl' });
    expect(nameSearchKeys('王单')).toEqual({ pinyin: 'wangdan', initials: 'wd' });
  });

  it('handles compound surnames', () => {
    expect(nameSearchKeys('欧阳修')).toEqual({ pinyin: 'ouyangxiu', initials: 'oyx' });
  });

  it('writes ü as v', () => {
    expect(nameSearchKeys('吕女')).toEqual({ pinyin: 'lvnv', initials: 'ln' });
  });

  it('drops spaces and name dots', () => {
    expect(nameSearchKeys(' 张 三 ')).toEqual({ pinyin: 'zhangsan', initials: 'zs' });
    expect(nameSearchKeys('艾力·买买提')).toEqual({ pinyin: 'ailimaimaiti', initials: 'almmt' });
  });

  it('keeps other characters, lower-cased', () => {
    expect(nameSearchKeys('Li张三')).toEqual({ pinyin: 'lizhangsan', initials: 'lizs' });
    expect(nameSearchKeys('John Smith')).toEqual({ pinyin: 'johnsmith', initials: 'johnsmith' });
    expect(nameSearchKeys('张三2')).toEqual({ pinyin: 'zhangsan2', initials: 'zs2' });
    expect(nameSearchKeys('Ａ张')).toEqual({ pinyin: 'azhang', initials: 'az' });
  });

  it('returns empty keys for a blank name', () => {
    expect(nameSearchKeys('')).toEqual({ pinyin: '', initials: '' });
    expect(nameSearchKeys('   ')).toEqual({ pinyin: '', initials: '' });
  });
});
