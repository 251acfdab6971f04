import { App } from 'antd';
import type { MessageKey } from '../app/i18n/dictionaries';
import { useT } from '../app/i18n/use-t';

/** A dialog whose request succeeded confirms it in a toast (已保存 unless told otherwise) and gets out of the way. */
export function useCloseWithMessage(onClose: () => void): (key?: MessageKey) => void {
  const { t } = useT();
  const { message } = App.useApp();
  return (key = 'common.saved') => {
    message.success(t(key));
    onClose();
  };
}
