import type { RouteOptions } from 'fastify';
import type { Access } from '../plugins/auth.plugin';

// TEMP while modules move to src/contract; flipped to true when every route has its schema
const ENFORCE_RESPONSE = true;

/** One /api/v1 route as declared: what the route table test and the startup check read. */
export interface ApiRoute {
  method: string;
  url: string;
  access: Access;
  download: boolean;
}

/**
 * The contract every /api/v1 route must keep, checked when the route is registered so a server with a gap does
 * not start: an access rule, and either a JSON response schema for 200 (from src/contract) or `download: true`.
 */
export function checkApiRoute(route: RouteOptions): ApiRoute | null {
  if (!route.url.startsWith('/api/v1')) return null;
  const methods = Array.isArray(route.method) ? route.method : [route.method];
  if (methods.every((m) => m === 'HEAD')) return null;
  const name = `${methods.join(',')} ${route.url}`;
  const access = route.config?.access;
  if (!access) throw new Error(`Route ${name} declares no access rule`);
  const download = route.config?.download === true;
  const response = (route.schema?.response ?? {}) as Record<string, unknown>;
  if (ENFORCE_RESPONSE && !download && !response[200] && !response['2xx']) {
    throw new Error(`Route ${name} declares no 200 response schema (add one from src/contract, or config.download for a file)`);
  }
  if (download && response[200]) throw new Error(`Route ${name} is declared a download but also has a JSON 200 schema`);
  return { method: methods.filter((m) => m !== 'HEAD').join(','), url: route.url, access, download };
}
