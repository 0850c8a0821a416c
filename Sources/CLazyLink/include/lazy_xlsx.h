#ifndef NIANBAO_LAZY_XLSX_H
#define NIANBAO_LAZY_XLSX_H
#include <xlsxwriter.h>

/* Every libxlsxwriter function the review's workbook calls (see lazy_pdf.h for F and V). */
#define NIANBAO_XLSX_FUNCTIONS(F, V) \
    F(lxw_workbook *, workbook_new_opt, (const char *filename, lxw_workbook_options *options), (filename, options)) \
    F(lxw_error, workbook_set_properties, (lxw_workbook *workbook, lxw_doc_properties *properties), (workbook, properties)) \
    F(lxw_worksheet *, workbook_add_worksheet, (lxw_workbook *workbook, const char *name), (workbook, name)) \
    F(lxw_format *, workbook_add_format, (lxw_workbook *workbook), (workbook)) \
    F(lxw_error, workbook_close, (lxw_workbook *workbook), (workbook)) \
    V(format_set_bold, (lxw_format *format), (format)) \
    V(worksheet_freeze_panes, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col), (worksheet, row, col)) \
    F(lxw_error, worksheet_set_column, (lxw_worksheet *worksheet, lxw_col_t first, lxw_col_t last, double width, lxw_format *format), (worksheet, first, last, width, format)) \
    F(lxw_error, worksheet_write_number, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, double number, lxw_format *format), (worksheet, row, col, number, format)) \
    F(lxw_error, worksheet_write_string, (lxw_worksheet *worksheet, lxw_row_t row, lxw_col_t col, const char *string, lxw_format *format), (worksheet, row, col, string, format)) \
    F(char *, lxw_strerror, (lxw_error error), (error))

NIANBAO_XLSX_FUNCTIONS(NIANBAO_DECLARE_F, NIANBAO_DECLARE_V)
#endif
