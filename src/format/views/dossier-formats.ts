import type { AgreementModel } from '../../views/model-types.js';
import type { ViewContext } from './context.js';
import { dossierText } from './dossier-text.js';

export type DossierFormatter = (model: AgreementModel, context: ViewContext) => string;

/** Every `vo show --format`: the terminal text, or the whole dossier as JSON for other tools. */
export const dossierFormatters = {
  text: dossierText,
  json: (model) => JSON.stringify(model, null, 2) + '\n',
} satisfies Record<string, DossierFormatter>;
