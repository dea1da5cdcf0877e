// Entry of the editor script (vite.editor.config.ts → editor.js): see ./editor.ts.
import { installEditor } from './editor';

installEditor();
