// Prints the role matrix as Markdown: `npm run docs:roles`, then paste it into the README.
import { roleMatrixMarkdown } from '@/lib/auth/role-matrix';

console.log(roleMatrixMarkdown());
