import { describe, expect, it } from 'vitest';
import { Permission } from '@/app/permissions';
import { permissionGroups } from './RoleForm';

describe('the role editor', () => {
  it('offers every permission the console knows, grouped by what it is about', () => {
    const groups = new Map(permissionGroups());
    expect([...groups.values()].flat().sort()).toEqual([...new Set(Object.values(Permission))].sort());
    expect(groups.get('employees')).toEqual(['employees.read', 'employees.read_pii', 'employees.write']);
  });

  it('keeps a permission the role holds that this console does not know yet', () => {
    const groups = new Map(permissionGroups(['payroll.read', 'future.thing']));
    expect(groups.get('future')).toEqual(['future.thing']);
  });
});
