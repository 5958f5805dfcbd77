import './public-styles';
import { publicPageAt, startPageReads } from './early-read';

// rsvp.html, sent for /moi/$token: a delegate's personal link on a phone. This entry is tiny: it asks for the giấy
// mời at once (unless the server sent the page rendered, with its answer), then runs the page (rsvp-app.tsx), whose
// chunks the HTML has been downloading meanwhile.
const page = publicPageAt(window.location.pathname);
const answers = startPageReads(page);
void import('./rsvp-app').then(({ mountRsvp }) => mountRsvp(page?.kind === 'rsvp' ? page : null, answers));
