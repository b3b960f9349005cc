import type { AgreementModel, BrokenDossierModel } from '../../views/model-types.js';
import { brokenDossierText } from './broken-dossier-text.js';
import type { ViewContext } from './context.js';
import { dossierText } from './dossier-text.js';

export type DossierFormatter = (model: AgreementModel, context: ViewContext) => string;

/** Every `vo show --format`: the terminal text, or the whole dossier as JSON for other tools. */
export const dossierFormatters = {
  text: dossierText,
  json: (model) => JSON.stringify(model, null, 2) + '\n',
} satisfies Record<string, DossierFormatter>;

/** The same formats for an agreement whose own file cannot be read (completely): what could be read, and its findings. */
export const brokenDossierFormatters = {
  text: brokenDossierText,
  json: (model) => JSON.stringify(model, null, 2) + '\n',
} satisfies Record<keyof typeof dossierFormatters, (model: BrokenDossierModel, context: ViewContext) => string>;
