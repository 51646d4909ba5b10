import { Badge, Body1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import type { Language } from '../core/i18n/language';

const STRINGS = {
  en: {
    title: 'WCO Integrity Survey',
    summary:
      "Checks workbooks of the WCO Survey of Integrity Practices and summarises the CRM Programme's success indicators.",
    insideExcel: 'Running inside Excel',
    inBrowser: 'Running in a web browser, outside Excel',
  },
  fr: {
    title: "Enquête de l'OMD sur l'intégrité",
    summary:
      "Vérifie les classeurs de l'enquête de l'OMD sur les pratiques en matière d'intégrité et résume les indicateurs de réussite du programme CRM.",
    insideExcel: 'Exécuté dans Excel',
    inBrowser: "Exécuté dans un navigateur web, hors d'Excel",
  },
} satisfies Record<Language, Record<string, string>>;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
  title: { margin: 0 },
  summary: { margin: 0 },
});

export interface AppProps {
  language: Language;
  insideExcel: boolean;
}

export function App({ language, insideExcel }: AppProps) {
  const styles = useStyles();
  const text = STRINGS[language];
  return (
    <main className={styles.root} lang={language}>
      <header className={styles.header}>
        <img src="assets/icon-32.png" width={32} height={32} alt="" />
        <Title3 as="h1" className={styles.title}>
          {text.title}
        </Title3>
      </header>
      <Body1 as="p" className={styles.summary}>
        {text.summary}
      </Body1>
      <Badge appearance="tint" color={insideExcel ? 'success' : 'informative'}>
        {insideExcel ? text.insideExcel : text.inBrowser}
      </Badge>
    </main>
  );
}
