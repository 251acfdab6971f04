import { lazyNamed } from '../../../app/router/lazy-page';
import { MobileHome } from '../../../mobile/MobileHome';
import { useIsMobile } from '../../../ui/use-is-mobile';

// Phones get the big-button home and never download the desktop summary cards.
const DesktopHome = lazyNamed(() => import('../components/DesktopHome'), 'DesktopHome');

export function HomePage() {
  return useIsMobile() ? <MobileHome /> : <DesktopHome />;
}
