import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { useTableStyles } from './useTableStyles.styles';

type TableStyles = ReturnType<typeof useTableStyles>;

/** A row's heading cell: the question's ID, its label, and the reported answer beneath. */
export interface QuestionCell {
  readonly id: string;
  readonly label: string;
  readonly answer: string;
}

export function renderQuestionCell(row: QuestionCell, table: TableStyles) {
  return (
    <th scope="row" className={mergeClasses(table.cell, table.question)}>
      <span className={table.id}>{row.id}</span>
      {row.label}
      <span className={table.detail}>{row.answer}</span>
    </th>
  );
}

export interface SectionTable<Row> {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly Row[];
}

/**
 * Sections as an accordion (the first open), each a table with a question column and
 * number columns: the shape of the Summary and Comparison sheets, previewed.
 */
export function renderSectionTables<Row>(
  sections: readonly SectionTable<Row>[],
  headers: { readonly question: string; readonly numbers: readonly string[] },
  renderRow: (row: Row) => ReactNode,
  table: TableStyles,
) {
  return (
    <Accordion multiple collapsible defaultOpenItems={sections.slice(0, 1).map((s) => s.id)}>
      {sections.map((section) => (
        <AccordionItem key={section.id} value={section.id}>
          <AccordionHeader as="h4" size="small">
            {section.title}
          </AccordionHeader>
          <AccordionPanel>
            <table className={table.table}>
              <thead>
                <tr>
                  <th scope="col" className={table.head}>
                    {headers.question}
                  </th>
                  {headers.numbers.map((header) => (
                    <th key={header} scope="col" className={mergeClasses(table.head, table.number)}>
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>{section.rows.map(renderRow)}</tbody>
            </table>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
