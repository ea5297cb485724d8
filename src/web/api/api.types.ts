/** Shapes returned by the Minsheng HTTP API v1 (docs/API.md). */

export type Role = 'admin' | 'supervisor' | 'leader' | 'unit_manager' | 'unit_staff';
export type UnitKind = 'department' | 'town' | 'enterprise' | 'external';
export type UnitRole = 'lead' | 'co';

/** Lists always come wrapped with their total. */
export interface ListResponse<T> {
  items: T[];
  total: number;
}

export interface Me {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  unitName: string | null;
  mustChangePassword: boolean;
}

export interface SessionResponse {
  user: Me;
  csrfToken: string;
}

export interface UnitRef {
  id: number;
  name: string;
  role: UnitRole;
}

export interface Plan {
  id: number;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  year: number;
  issueDate: string | null;
  status: 'active' | 'archived';
  projectCount: number;
}

export interface Project {
  id: number;
  planId: number;
  seq: number;
  name: string;
  /** 项目内容及工作目标, with the notice's line breaks */
  content: string;
  /** YYYY-MM-DD */
  deadline: string;
  leadUnits: string[];
  coUnits: string[];
  units: UnitRef[];
  liaisonName: string | null;
  liaisonPhone: string | null;
  version: number;
}

export interface ProjectDetail extends Project {
  plan: { id: number; title: string; docNumber: string | null; year: number };
}

export interface UnitSummary {
  id: number;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  leadCount: number;
  coCount: number;
}

export interface ProjectBrief {
  id: number;
  planId: number;
  seq: number;
  name: string;
  planTitle: string;
  year: number;
}

export interface UnitDetail {
  id: number;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  lead: ProjectBrief[];
  co: ProjectBrief[];
}

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  unitName: string | null;
  isDisabled: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  createdAt: string;
  version: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  username: string | null;
  action: string;
  entity: string;
  entityId: number | string | null;
  summary: string | null;
  /** the record before/after the change; the contract leaves the shape open */
  before: unknown;
  after: unknown;
  ip: string | null;
}
