import type { Dossier } from '../dossier.js';
import type { ViewContext } from './context.js';
import { dossierText } from './dossier-text.js';

export type DossierFormatter = (dossier: Dossier, context: ViewContext) => string;

/** Every `vo show --format`: the terminal text, or the whole dossier as JSON for other tools. */
export const dossierFormatters = {
  text: dossierText,
  json: (dossier) => JSON.stringify(dossier, null, 2) + '\n',
} satisfies Record<string, DossierFormatter>;
