import { TextDecoder, TextEncoder } from 'util';

// jsdom lacks the text codecs that browsers and Node both have; the pane's code uses them as a browser does.
Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? TextDecoder, TextEncoder: globalThis.TextEncoder ?? TextEncoder });
