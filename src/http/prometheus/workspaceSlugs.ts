/**
 * Workspace id → slug, looked up once per workspace: metric labels name workspaces by slug.
 * A failed or empty lookup answers `unknown` and is tried again next time.
 *
 * @example
 *   const slugs = new WorkspaceSlugs((id) => store.operations.slugOf(id));
 *   counter.inc({ workspace: await slugs.of(workspaceId) });
 */
export class WorkspaceSlugs {
  readonly #known = new Map<string, Promise<string>>();

  constructor(private readonly lookup: (workspaceId: string) => Promise<string | undefined>) {}

  of(workspaceId: string): Promise<string> {
    let slug = this.#known.get(workspaceId);
    if (!slug) {
      const forget = () => (this.#known.delete(workspaceId), 'unknown');
      slug = this.lookup(workspaceId).then((found) => found ?? forget(), forget);
      this.#known.set(workspaceId, slug);
    }
    return slug;
  }

  /**
   * Resolves once the lookups begun so far have ended, and with them the counts waiting for
   * their label (those callbacks were attached first): a scrape waits for them.
   */
  async settled(): Promise<void> {
    await Promise.all(this.#known.values());
  }
}
