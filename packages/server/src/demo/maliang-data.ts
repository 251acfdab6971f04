/**
 * The Maliang town demo (domain.md §1). Village and community names come from public gazetteers;
 * the seven marked `invented` are made up to reach the town's 39 villages. Division codes follow
 * the GB/T 2260 layout but the township part (104) is illustrative. Every person, phone, ID number
 * and address in the demo is invented and generated from a fixed seed.
 */
export interface DemoVillage {
  name: string;
  kind: 'village' | 'community';
  invented?: true;
}

export const TOWN = { name: '马良镇', code: '420626104000', population: 35_000 } as const;
export const COUNTY = { name: '保康县', code: '420626000000' } as const;

export const VILLAGES: readonly DemoVillage[] = [
  { name: '马良街社区', kind: 'community' },
  { name: '重阳社区', kind: 'community' },
  ...[
    '双坪村',
    '南垭村',
    '段江村',
    '鸡冠河村',
    '深溪河村',
    '松岗岭村',
    '阮家湾村',
    '匾洞河村',
    '宋家湾村',
    '朱家湾村',
    '八斗坪村',
    '孟家湾村',
    '陈家湾村',
    '长岭湾村',
    '盛垭村',
    '榨溪村',
    '曾家垭村',
    '水斗村',
    '松树包村',
    '苏家寨村',
    '西山村',
    '水田畈村',
    '江池村',
    '张家岭村',
    '漆园村',
    '溪峪村',
    '赵家山村',
    '断缰村',
    '老湾村',
    '郝家冲村',
    '下坪村',
    '云旗山村',
  ].map((name): DemoVillage => ({ name, kind: 'village' })),
  ...['龙坪村', '黄龙观村', '石门村', '青峰村', '桃园村', '柳树湾村', '杨家岭村'].map(
    (name): DemoVillage => ({ name, kind: 'village', invented: true }),
  ),
];

/** 12 districts of 3–4 neighbouring villages: five of four, seven of three (41 in all). */
export const DISTRICT_SIZES = [4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3] as const;

export const DEPARTMENTS = [
  '马良镇自然资源所',
  '马良镇司法所',
  '保康县人民法院马良人民法庭',
  '马良镇林业站',
  '马良镇民政办',
  '马良镇人社服务中心',
] as const;

/** Neighbouring stations (domain.md §1: 南漳县 and 宜昌市夷陵区); the station names are illustrative. */
export const PARTNER_STATIONS = ['南漳县薛坪派出所', '宜昌市夷陵区樟村坪派出所'] as const;

export const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
export const GIVEN = '国建华明军平志强伟芳秀英兰玉桂红梅丽敏静霞云飞海涛波春林成德福贵永安文斌燕娟勇杰刚学兵';
