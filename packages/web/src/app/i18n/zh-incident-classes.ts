/** The incident class code table's words (issue #8); spread into zh.ts, so they are MessageKeys too. */
export const zhIncidentClasses = {
  'nav.incidentClasses': '警情分类代码',
  'incidentClasses.title': '警情分类代码表',
  'incidentClasses.defaults': '当前使用系统默认代码表；首次修改或导入后保存为本镇代码表',
  'incidentClasses.code': '类别代码',
  'incidentClasses.name': '类别名称',
  'incidentClasses.category': '警情大类',
  'incidentClasses.dispute': '纠纷警情',
  'incidentClasses.arrivalTarget': '到场时限',
  'incidentClasses.minutes': '{n} 分钟',
  'incidentClasses.active': '启用',
  'incidentClasses.retired': '已停用',
  'incidentClasses.yes': '是',
  'incidentClasses.add': '新增类别',
  'incidentClasses.import': '导入代码表',
  'incidentClasses.codeHelp': '类别代码为六位数字，前两位须与警情大类一致',
} satisfies Record<string, string>;
