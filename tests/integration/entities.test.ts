import { describe, expect, it } from 'vitest';
import * as entitiesRoute from '@/app/api/v1/entities/route';
import { getDb } from '@/db/client';
import { createEntity, getEntity, listEntities, setEntityArchived, updateEntity } from '@/lib/entities/entities';
import { accessAs, makeTeam, makeToken } from '../support/fixtures';

const call = async (handler: (r: Request) => Promise<Response>, token: string, body?: unknown, query = '') => {
  const response = await handler(
    new Request(`http://optlens.test/api/v1/entities${query}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  return { status: response.status, body: await response.json() };
};

describe('entities', () => {
  it('keep their aliases, each with its own case rule or the entity’s default, without duplicates of the name', async () => {
    const team = await makeTeam('entities');
    const access = await accessAs(team.editor, team.workspace, 'data:write');
    const entity = await createEntity(await getDb(), access, {
      name: 'Michelle J Raymond',
      kind: 'person',
      aliases: ['Michelle Raymond', 'michelle j raymond', { text: 'MJR', caseSensitive: true }, 'Michelle Raymond'],
    });
    expect(entity.aliases).toEqual([
      { text: 'Michelle Raymond', caseSensitive: false },
      { text: 'MJR', caseSensitive: true },
    ]);
    const updated = await updateEntity(await getDb(), access, entity.id, { name: 'B2B Growth Co', kind: 'brand', isUs: true, caseSensitive: true, aliases: ['b2bgrowthco.com'] });
    expect(updated.aliases).toEqual([{ text: 'b2bgrowthco.com', caseSensitive: true }]);
    await setEntityArchived(await getDb(), access, entity.id, true);
    expect(await listEntities(await getDb(), team.workspace.id)).toHaveLength(0);
    expect(await listEntities(await getDb(), team.workspace.id, { includeArchived: true })).toHaveLength(1);
  });

  it('of another workspace are not found', async () => {
    const [a, b] = await Promise.all([makeTeam('ent-a'), makeTeam('ent-b')]);
    const entity = await createEntity(await getDb(), await accessAs(b.owner, b.workspace, 'data:write'), { name: 'Acme', kind: 'organization', isUs: false });
    await expect(getEntity(await getDb(), a.workspace.id, entity.id)).rejects.toMatchObject({ code: 'not_found' });
    await expect(updateEntity(await getDb(), await accessAs(a.owner, a.workspace, 'data:write'), entity.id, { name: 'X', kind: 'brand' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('GET and POST /api/v1/entities', () => {
  it('create an entity (201 with its id) and list only the token’s workspace’s entities', async () => {
    const [a, b] = await Promise.all([makeTeam('api-ent-a'), makeTeam('api-ent-b')]);
    const [editorA, editorB] = await Promise.all([makeToken(a, 'editor'), makeToken(b, 'editor')]);
    const created = await call(entitiesRoute.POST, editorA.token, { name: 'Acme', kind: 'organization', isUs: false, aliases: ['acme.com', { text: 'ACME Labs', caseSensitive: true }, 'ACME'] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), name: 'Acme', isUs: false, aliases: [{ text: 'ACME Labs', caseSensitive: true }, { text: 'acme.com', caseSensitive: false }].sort((x, y) => x.text.localeCompare(y.text, 'en')) });
    expect(created.body).not.toHaveProperty('workspaceId');
    expect((await call(entitiesRoute.GET, editorA.token)).body.items.map((e: { name: string }) => e.name)).toEqual(['Acme']);
    expect((await call(entitiesRoute.GET, editorB.token)).body).toEqual({ items: [], nextCursor: null });
  });

  it('refuse a viewer token (403) and bad input (400, naming the field)', async () => {
    const team = await makeTeam('api-ent-roles');
    const viewer = await makeToken(team, 'viewer');
    const editor = await makeToken(team, 'editor');
    expect((await call(entitiesRoute.POST, viewer.token, { name: 'Acme', kind: 'brand' })).status).toBe(403);
    const bad = await call(entitiesRoute.POST, editor.token, { name: '', kind: 'planet' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['kind', 'name']);
    expect((await call(entitiesRoute.GET, editor.token, undefined, '?includeArchived=maybe')).status).toBe(400);
  });
});
