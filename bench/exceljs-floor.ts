/**
 * The floor of any tool that must hand the workbook back: ExcelJS reads the file and writes it again,
 * nothing else. Run as a child process, as the command line is: `node exceljs-floor.js IN OUT`.
 */
import ExcelJS from 'exceljs';

async function readAndWrite(input: string, output: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  await workbook.xlsx.writeFile(output);
}

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node exceljs-floor.js IN.xlsx OUT.xlsx');
  process.exitCode = 2;
} else {
  readAndWrite(input, output).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
