import { NotFoundContent } from '../_components/not-found-content';

// notFound() thrown by a page lands here (Next 16 renders this one in the browser, not on the server).
export default function NotFound() {
  return <NotFoundContent />;
}
