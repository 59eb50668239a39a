/** A support agent (or supervisor) of one workspace. */
export interface Agent {
  workspaceId: string;
  id: string;
  email: string;
  displayName: string;
  role: 'agent' | 'supervisor' | 'admin';
  teamId: string | null;
  skills: Record<string, number>;
  languages: string[];
  capacity: number;
  presence: 'online' | 'away' | 'offline';
}

/** A workspace: one company's Baton. */
export interface Workspace {
  id: string;
  slug: string;
  name: string;
}
