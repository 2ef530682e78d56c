import { apiError } from '@/lib/api/respond';

// Unknown API paths answer in the API's error shape, not with an HTML 404 page.
function notFound(request: Request) {
  const { pathname } = new URL(request.url);
  return apiError(404, 'not_found', `No API route ${request.method} ${pathname}. See /api/v1/openapi.json.`);
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
