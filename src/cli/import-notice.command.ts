/** Placeholder until the import command lands: imports a notice into the database. */
export async function runImportNotice(args: string[]): Promise<number> {
  void args;
  process.stderr.write('尚未实现\n');
  return 1;
}
