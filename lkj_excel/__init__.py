"""lkj_excel: turns an agency's performance workbook into its LKjIP report."""
