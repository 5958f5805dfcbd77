import './public-styles';
import { publicPageAt, startPageReads } from './early-read';

// checkin.html, sent for /diem-danh/$id: the staff's phone at a bridge point. This entry is tiny: it asks for the
// account, the conference and its counts at once (unless the server sent the page rendered, with their answers),
// then runs the page (checkin-app.tsx), whose chunks the HTML has been downloading meanwhile.
const page = publicPageAt(window.location.pathname);
const answers = startPageReads(page);
void import('./checkin-app').then(({ mountCheckin }) =>
  mountCheckin(page?.kind === 'checkin' ? page : null, answers),
);
