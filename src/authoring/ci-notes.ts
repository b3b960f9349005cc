import { defineMessages } from '../i18n/lang.js';

/** Comments and step names of the generated CI files, in the register's language. */
export interface CiNotes {
  githubHeader: (version: string) => string[];
  schedule: string;
  sarifPermission: string;
  install: string;
  stepInstall: string;
  stepSarif: string;
  uploadNote: string[];
  stepUpload: string;
  stepSummary: string;
  stepCheck: string;
  gitlabHeader: (version: string) => string[];
}

export const ciNotes = defineMessages<CiNotes>(
  {
    githubHeader: (version) => [
      'Controleer het register met vo bij elke pull request, bij elke push naar main en elke maandag.',
      `Aangemaakt met \`vo init\` (vo ${version}); uitleg in README.md.`,
    ],
    schedule: 'Termijnen verlopen ook zonder wijzigingen: daarom ook elke maandagochtend (UTC).',
    sarifPermission: 'nodig om het SARIF-rapport naar code scanning te sturen',
    install: 'De versie ligt vast, zodat een nieuwe vo niet ongemerkt andere meldingen geeft.',
    stepInstall: 'vo installeren',
    stepSarif: 'SARIF-rapport maken',
    uploadNote: [
      'Zonder code scanning (een privé-repository zonder GitHub Advanced Security) mislukt deze stap;',
      'de controle in de laatste stap blijft dan gewoon gelden.',
    ],
    stepUpload: 'SARIF publiceren in code scanning',
    stepSummary: 'Samenvatting bij de run',
    stepCheck: 'vo check (meldingen in de pull request)',
    gitlabHeader: (version) => [
      'vo in GitLab CI. Neem dit bestand op in .gitlab-ci.yml van de repository:',
      '  include:',
      '    - local: .vo/gitlab-ci.yml',
      'De meldingen verschijnen als testrapport (JUnit) bij de merge request.',
      'Plan ook een wekelijkse pipeline (Build > Pipeline schedules): termijnen verlopen ook zonder wijzigingen.',
      `Aangemaakt met \`vo init\` (vo ${version}); uitleg in README.md.`,
    ],
  },
  {
    githubHeader: (version) => [
      'Check the register with vo on every pull request, every push to main and every Monday.',
      `Created with \`vo init\` (vo ${version}); see README.md.`,
    ],
    schedule: 'Deadlines pass without any change too: so also every Monday morning (UTC).',
    sarifPermission: 'needed to send the SARIF report to code scanning',
    install: 'The version is pinned, so a new vo never changes the findings unnoticed.',
    stepInstall: 'Install vo',
    stepSarif: 'Make the SARIF report',
    uploadNote: [
      'Without code scanning (a private repository without GitHub Advanced Security) this step fails;',
      'the check in the last step still counts.',
    ],
    stepUpload: 'Publish SARIF to code scanning',
    stepSummary: 'Summary of the run',
    stepCheck: 'vo check (annotations in the pull request)',
    gitlabHeader: (version) => [
      "vo in GitLab CI. Include this file from the repository's .gitlab-ci.yml:",
      '  include:',
      '    - local: .vo/gitlab-ci.yml',
      'Findings appear as a test report (JUnit) on the merge request.',
      'Also schedule a weekly pipeline (Build > Pipeline schedules): deadlines pass without any change too.',
      `Created with \`vo init\` (vo ${version}); see README.md.`,
    ],
  },
);
