import type ExcelJS from 'exceljs';

/**
 * A printed list: A4 landscape, fitted to the page width, the header row (row 4, under the title rows) repeated on
 * every page, "Trang n / N" in the footer.
 */
export const LIST_SHEET_OPTIONS = {
  pageSetup: {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '4:4',
    margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  },
  headerFooter: { oddFooter: 'Trang &P / &N' },
} satisfies Partial<ExcelJS.AddWorksheetOptions>;
