/** The media server notice and live-view states (issue #11, platform/media); spread into zh.ts. */
export const zhMedia = {
  'media.notConfigured': '未配置流媒体服务器，暂不能查看实时视频',
  'media.notConfiguredHelp': '在服务器上执行下面的命令安装流媒体服务器和测试视频源：',
  'media.notConfiguredRestart': '安装后重新启动本系统即可。摄像机登记、视频巡查记录等其他功能不受影响。',
  'media.unreachable': '流媒体服务器暂时无法连接',
  'media.unreachableHelp': '系统正在自动重连，恢复后即可查看实时视频；如长时间未恢复，请联系系统管理员。',
  'media.connectFailed': '视频连接失败，请检查网络后重试',
  'media.connecting': '正在连接视频…',
  'media.ended': '视频已结束',
  'media.retry': '重新连接',
};
