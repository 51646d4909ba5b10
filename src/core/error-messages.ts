import type { FileNamed, UnusableParamsOf, UnusableReason, WorkbookUnusableError } from './errors';
import type { Language } from './i18n/language';
import { counted } from './i18n/plural';

/** Each reason's message, from its parameters and the file it is about (its name, its path, or “the file”). */
type Messages = { readonly [R in UnusableReason]: (p: UnusableParamsOf[R], file: string) => string };

const EN: Messages = {
  'file-not-found': (p) => `Cannot find the file ${p.path}.`,
  'not-a-file': (p) => `${p.path} is a folder, not a workbook file.`,
  'not-a-folder': (p) => `${p.path} is a file, not a folder: name a folder to write the workbooks into (it is made if it does not exist).`,
  'file-unreadable': (p) => `Cannot read the file ${p.path} (${p.detail}). Check that you may open it and that no other program locks it.`,
  'empty-file': (_, f) => `${f} is empty (0 bytes): it holds no workbook. Save the workbook again from Excel, or ask its sender for it again.`,
  'not-xlsx': (_, f) => `${f} is not an Excel workbook (.xlsx). Save it as “Excel Workbook (.xlsx)” and try again.`,
  'legacy-xls': (_, f) => `${f} is an Excel 97–2003 workbook (.xls). Open it in Excel and save it as “Excel Workbook (.xlsx)”.`,
  'password-protected': (_, f) => `${f} is protected by a password. Open it in Excel, remove the password (File › Info › Protect Workbook) and save a copy.`,
  'corrupt-xlsx': (p, f) => `${f} cannot be read: it is damaged or incomplete${p.detail ? ` (${p.detail})` : ''}. Open it in Excel and save it again.`,
  'strict-ooxml': (_, f) =>
    `${f} is saved as “Strict Open XML Spreadsheet”, which the add-in can check but not write into. Open it in Excel and save it as “Excel Workbook (.xlsx)”.`,
  'empty-workbook': (_, f) => `${f} is empty: no sheet holds any data.`,
  'no-responses': (p) =>
    p.headerRow
      ? `The sheet “${p.sheet}” has no Member column in its first row; row ${p.headerRow} has one and looks like the header: delete the rows above it, or make it and the rows below an Excel table named Responses.`
      : p.sheet
        ? `The sheet “${p.sheet}” has no submissions: add one row per Member under its header row.`
        : 'No responses found. The workbook needs a sheet or table named “Responses”, or submission sheets with “WCO integrity survey submission” in A1.',
  'form-errors': (p) =>
    p.errors === 1
      ? `The questionnaire (XLSForm) has 1 error, at ${p.cell}: nothing is analysed against a broken form. Check the workbook to see it, correct the form, then analyse again.`
      : `The questionnaire (XLSForm) has ${counted(p.errors, 'en', ['error', 'errors'])}, the first at ${p.cell}: nothing is analysed against a broken form. Check the workbook to see them all, correct the form, then analyse again.`,
  'output-is-input': (p) => `The output file ${p.path} is the input file. Choose another name: the input workbook is never overwritten.`,
  'output-needs-xlsm': (p, f) =>
    `${f} is a macro-enabled workbook (.xlsm), which Excel opens only under a name ending in .xlsm: it would refuse ${p.path}. Name the output ${p.suggested} instead; the macros are kept.`,
  'output-cannot-be-xlsm': (p) =>
    `The workbook written holds no macros, and Excel opens a workbook without macros only under a name ending in .xlsx: it would refuse ${p.path}. Name the output ${p.suggested} instead.`,
  'file-unwritable': (p) =>
    `Cannot write the file ${p.path} (${p.detail}). Check that its folder exists, that you may write there, and that the file is not open in another program.`,
  'sheet-name-taken': (p) =>
    `The workbook already has a sheet named “${p.sheet}” that is not the add-in’s. Rename or move that sheet, then run again: the add-in never overwrites your sheets.`,
  'table-name-taken': (p) =>
    `The workbook already has a table named “${p.table}” that is not the add-in’s. Rename that table, then run again: the add-in never overwrites your tables.`,
  'table-changed': (p) => `The table “${p.table}” on the sheet ${p.sheet} no longer has the columns it had when read: nothing was added. Run again.`,
  'cells-below-table': (p) =>
    `The sheet ${p.sheet} has cells under the table “${p.table}”, from row ${p.row}: new rows would cover them, so nothing was added. Move those cells, then run again.`,
};

const FR: Messages = {
  'file-not-found': (p) => `Fichier introuvable : ${p.path}.`,
  'not-a-file': (p) => `${p.path} est un dossier, pas un classeur.`,
  'not-a-folder': (p) => `${p.path} est un fichier, pas un dossier : indiquez un dossier où écrire les classeurs (il est créé s’il n’existe pas).`,
  'file-unreadable': (p) =>
    `Impossible de lire le fichier ${p.path} (${p.detail}). Vérifiez que vous avez le droit de l’ouvrir et qu’aucun autre programme ne le verrouille.`,
  'empty-file': (_, f) =>
    `${f} est vide (0 octet) : il ne contient aucun classeur. Enregistrez de nouveau le classeur depuis Excel, ou redemandez-le à son expéditeur.`,
  'not-xlsx': (_, f) => `${f} n’est pas un classeur Excel (.xlsx). Enregistrez-le au format « Classeur Excel (.xlsx) » et réessayez.`,
  'legacy-xls': (_, f) => `${f} est un classeur Excel 97–2003 (.xls). Ouvrez-le dans Excel et enregistrez-le au format « Classeur Excel (.xlsx) ».`,
  'password-protected': (_, f) =>
    `${f} est protégé par un mot de passe. Ouvrez-le dans Excel, retirez le mot de passe (Fichier › Informations › Protéger le classeur) et enregistrez une copie.`,
  'corrupt-xlsx': (p, f) =>
    `${f} ne peut pas être lu : il est endommagé ou incomplet${p.detail ? ` (${p.detail})` : ''}. Ouvrez-le dans Excel et enregistrez-le de nouveau.`,
  'strict-ooxml': (_, f) =>
    `${f} est enregistré au format « Feuille de calcul Open XML Strict », que le complément peut vérifier mais pas compléter. Ouvrez-le dans Excel et enregistrez-le au format « Classeur Excel (.xlsx) ».`,
  'empty-workbook': (_, f) => `${f} est vide : aucune feuille ne contient de données.`,
  'no-responses': (p) =>
    p.headerRow
      ? `La première ligne de la feuille « ${p.sheet} » n’a pas de colonne Member ; la ligne ${p.headerRow} en a une et semble être l’en-tête : supprimez les lignes au-dessus, ou faites d’elle et des lignes suivantes un tableau Excel nommé Responses.`
      : p.sheet
        ? `La feuille « ${p.sheet} » ne contient aucune soumission : ajoutez une ligne par Membre sous la ligne d’en-tête.`
        : 'Aucune réponse trouvée. Le classeur doit avoir une feuille ou un tableau nommé « Responses », ou des feuilles de soumission portant « WCO integrity survey submission » en A1.',
  'form-errors': (p) =>
    p.errors === 1
      ? `Le questionnaire (XLSForm) contient 1 erreur, en ${p.cell} : rien n’est analysé avec un formulaire défectueux. Vérifiez le classeur pour la voir, corrigez le formulaire, puis relancez l’analyse.`
      : `Le questionnaire (XLSForm) contient ${counted(p.errors, 'fr', ['erreur', 'erreurs'])}, la première en ${p.cell} : rien n’est analysé avec un formulaire défectueux. Vérifiez le classeur pour les voir toutes, corrigez le formulaire, puis relancez l’analyse.`,
  'output-is-input': (p) => `Le fichier de sortie ${p.path} est le fichier d’entrée. Choisissez un autre nom : le classeur d’entrée n’est jamais écrasé.`,
  'output-needs-xlsm': (p, f) =>
    `${f} est un classeur prenant en charge les macros (.xlsm), qu’Excel n’ouvre que sous un nom se terminant par .xlsm : il refuserait ${p.path}. Nommez plutôt la sortie ${p.suggested} ; les macros sont conservées.`,
  'output-cannot-be-xlsm': (p) =>
    `Le classeur écrit ne contient pas de macros, et Excel n’ouvre un classeur sans macros que sous un nom se terminant par .xlsx : il refuserait ${p.path}. Nommez plutôt la sortie ${p.suggested}.`,
  'file-unwritable': (p) =>
    `Impossible d’écrire le fichier ${p.path} (${p.detail}). Vérifiez que son dossier existe, que vous pouvez y écrire et que le fichier n’est pas ouvert dans un autre programme.`,
  'sheet-name-taken': (p) =>
    `Le classeur a déjà une feuille nommée « ${p.sheet} » qui n’appartient pas au complément. Renommez ou déplacez cette feuille, puis relancez : le complément n’écrase jamais vos feuilles.`,
  'table-name-taken': (p) =>
    `Le classeur a déjà un tableau nommé « ${p.table} » qui n’appartient pas au complément. Renommez ce tableau, puis relancez : le complément n’écrase jamais vos tableaux.`,
  'table-changed': (p) => `Le tableau « ${p.table} » de la feuille ${p.sheet} n’a plus les colonnes lues : rien n’a été ajouté. Relancez.`,
  'cells-below-table': (p) =>
    `La feuille ${p.sheet} a des cellules sous le tableau « ${p.table} », dès la ligne ${p.row} : de nouvelles lignes les couvriraient, rien n’a donc été ajouté. Déplacez ces cellules, puis relancez.`,
};

const THE_FILE: Readonly<Record<Language, string>> = { en: 'The file', fr: 'Le fichier' };

/** The one line a user reads when the workbook cannot be used at all. */
export function unusableMessage<R extends UnusableReason>(error: WorkbookUnusableError<R>, lang: Language): string {
  const named: FileNamed & { readonly path?: string } = error.params;
  const messages: Messages = lang === 'fr' ? FR : EN;
  return messages[error.reason](error.params, named.file ?? named.path ?? THE_FILE[lang]);
}
