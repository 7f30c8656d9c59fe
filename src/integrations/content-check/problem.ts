/** A mistake in a content file, told so that an editor can fix it. */
export interface Problem {
  /** Path from the project root. */
  file: string;
  line?: number | undefined;
  /** The field, « public.age_max ». */
  field?: string | undefined;
  /** What is wrong and how to fix it, in French. */
  message: string;
  /** Said, but does not stop the build: what the pages do meanwhile is in the message. */
  warning?: true | undefined;
}

export function formatProblem({ file, line, field, message }: Problem): string {
  const where = line ? `${file}:${line}` : file;
  return `${where}${field ? ` — champ « ${field} »` : ''} : ${message}`;
}

export function formatReport(problems: readonly Problem[]): string {
  const count = problems.length === 1 ? '1 problème' : `${problems.length} problèmes`;
  return [`${count} dans le contenu :`, ...problems.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}

export function formatWarnings(warnings: readonly Problem[]): string {
  const count = warnings.length === 1 ? '1 avertissement' : `${warnings.length} avertissements`;
  return [`${count} (la construction continue) :`, ...warnings.map((p) => `  - ${formatProblem(p)}`)].join('\n');
}
