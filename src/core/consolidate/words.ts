import type { Language } from '../i18n/language';
import { french } from '../i18n/typography';

export const CONSOLIDATION_WORDS = {
  en: {
    logTitle: 'Submissions gathered, file by file',
    consolidated: 'consolidated',
    /** The Import Log's Status column, by what became of the file. */
    status: { read: 'read', unreadable: 'unreadable', 'no-submissions': 'no submissions', skipped: 'skipped' },
    noSubmissions: 'No Responses sheet or table, and no sheet with “WCO integrity survey submission” in A1.',
    blank: 'Returned without any answer (a blank template): gathered, but not counted as a respondent; check names it.',
    /** Why a file is skipped, and what to do if it should be gathered. */
    skipped: {
      'earlier-consolidation':
        'A workbook consolidated earlier (it has an Import Log), not a returned submission: not gathered again, so that no submission counts twice. To gather its rows all the same, delete its Import Log sheet.',
      'already-imported':
        'Imported before: a file of this name with the same content is in this Import Log already. If it was corrected since, its content differs and it is imported.',
      'lock-file':
        'Excel’s lock file (~$), left beside a workbook while it is open: not a workbook. If a returned file is open in Excel, save and close it, then gather again.',
      folder: 'A folder inside the folder given: its files are not gathered. To gather them too, give this folder as well.',
      'not-a-workbook': 'Not an Excel workbook (.xlsx or .xlsm). If it is a returned submission, open it in Excel and save it as “Excel Workbook (.xlsx)”.',
    },
  },
  fr: french({
    logTitle: 'Soumissions rassemblées, fichier par fichier',
    consolidated: 'consolidées',
    status: { read: 'lu', unreadable: 'illisible', 'no-submissions': 'aucune soumission', skipped: 'ignoré' },
    noSubmissions: 'Aucune feuille ou tableau Responses, et aucune feuille portant « WCO integrity survey submission » en A1.',
    blank: 'Renvoyé sans aucune réponse (modèle vierge) : rassemblé, mais pas compté parmi les répondants ; la vérification le signale.',
    skipped: {
      'earlier-consolidation':
        'Classeur déjà consolidé (il a une feuille Import Log), pas une soumission renvoyée : il n’est pas rassemblé de nouveau, pour qu’aucune soumission ne compte deux fois. Pour rassembler tout de même ses lignes, supprimez sa feuille Import Log.',
      'already-imported':
        'Déjà importé : un fichier de ce nom au même contenu figure déjà dans ce journal d’import. S’il a été corrigé depuis, son contenu diffère et il est importé.',
      'lock-file':
        'Fichier de verrouillage d’Excel (~$), laissé à côté d’un classeur ouvert : ce n’est pas un classeur. Si un fichier renvoyé est ouvert dans Excel, enregistrez-le et fermez-le, puis rassemblez de nouveau.',
      folder: 'Dossier à l’intérieur du dossier donné : ses fichiers ne sont pas rassemblés. Pour les rassembler aussi, donnez aussi ce dossier.',
      'not-a-workbook':
        'Pas un classeur Excel (.xlsx ou .xlsm). S’il s’agit d’une soumission renvoyée, ouvrez-la dans Excel et enregistrez-la au format « Classeur Excel (.xlsx) ».',
    },
  }),
} as const satisfies Record<Language, Record<string, unknown>>;
