import { useMutation } from '@apollo/client';
import { Alert, Button, Form, Input, Modal, Select, Space, Switch } from 'antd';
import type { FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MutationError } from '@/components/mutationErrors';
import { showMutationErrors } from '@/components/mutationErrors';
import { EmployeeSelect } from '@/features/compensation/EmployeeSelect';
import { DepartmentCreateMutation, DepartmentUpdateMutation, PositionCreateMutation, TeamCreateMutation, TeamUpdateMutation } from './mutations';

interface Named {
  id: string;
  name: string;
}

/** What an org form is about: a new one (`row` absent) or one to change. */
export type OrgEditing =
  | { kind: 'department'; row?: Named & { code: string; parent?: Named | null } }
  | { kind: 'team'; row?: Named & { department: Named; lead?: Named | null } }
  | { kind: 'position' };

interface OrgFormValues {
  name?: string;
  code?: string;
  parentId?: string | null;
  departmentId?: string | null;
  leadId?: string | null;
  title?: string;
  level?: string;
  isHostRole?: boolean;
}

/** The save of each form: its payload's errors, or nothing when it saved. */
type Save = (values: OrgFormValues) => Promise<readonly MutationError[] | null>;

/**
 * Departments, teams (a lead from the employees) and positions, for org.write. A moved
 * department keeps its teams; a team stays in its department (people move by transfer). The
 * server's errors sit under the input they name.
 */
export function OrgForm({ editing, departments, onClose, onDone }: { editing: OrgEditing | null; departments: readonly Named[]; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<OrgFormValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [createDepartment] = useMutation(DepartmentCreateMutation);
  const [updateDepartment] = useMutation(DepartmentUpdateMutation);
  const [createTeam] = useMutation(TeamCreateMutation);
  const [updateTeam] = useMutation(TeamUpdateMutation);
  const [createPosition] = useMutation(PositionCreateMutation);

  useEffect(() => {
    if (!editing) return;
    setFailure([]);
    form.resetFields();
    if (editing.kind === 'department' && editing.row) form.setFieldsValue({ name: editing.row.name, code: editing.row.code, parentId: editing.row.parent?.id ?? null });
    if (editing.kind === 'team' && editing.row) form.setFieldsValue({ name: editing.row.name, departmentId: editing.row.department.id, leadId: editing.row.lead?.id ?? null });
    if (editing.kind === 'position') form.setFieldsValue({ isHostRole: false });
  }, [editing, form]);

  if (!editing) return null;
  const row = editing.kind === 'position' ? undefined : editing.row;

  const saves: Record<OrgEditing['kind'], Save> = {
    department: async (v) => {
      if (editing.kind !== 'department') return null;
      const current = editing.row;
      if (current) {
        const { data } = await updateDepartment({
          variables: { input: { id: current.id, name: v.name?.trim() !== current.name ? v.name?.trim() : null, parentId: v.parentId && v.parentId !== current.parent?.id ? v.parentId : null } },
        });
        return data?.departmentUpdate.errors ?? [];
      }
      const { data } = await createDepartment({ variables: { input: { name: v.name?.trim() ?? '', code: v.code?.trim() ?? '', parentId: v.parentId ?? null } } });
      return data?.departmentCreate.errors ?? [];
    },
    team: async (v) => {
      if (editing.kind !== 'team') return null;
      const current = editing.row;
      if (current) {
        const { data } = await updateTeam({
          variables: { input: { id: current.id, name: v.name?.trim() !== current.name ? v.name?.trim() : null, leadId: v.leadId && v.leadId !== current.lead?.id ? v.leadId : null } },
        });
        return data?.teamUpdate.errors ?? [];
      }
      const { data } = await createTeam({ variables: { input: { name: v.name?.trim() ?? '', departmentId: v.departmentId ?? '', leadId: v.leadId ?? null } } });
      return data?.teamCreate.errors ?? [];
    },
    position: async (v) => {
      const { data } = await createPosition({ variables: { input: { title: v.title?.trim() ?? '', level: v.level?.trim() || null, isHostRole: Boolean(v.isHostRole) } } });
      return data?.positionCreate.errors ?? [];
    },
  };

  const submit = async (values: OrgFormValues) => {
    setFailure([]);
    setBusy(true);
    try {
      const errors = await saves[editing.kind](values);
      if (errors?.length) setFailure(showMutationErrors(form as FormInstance, t, errors));
      else onDone();
    } catch (reason) {
      setFailure([reason instanceof Error ? reason.message : t('org.form.failed')]);
    } finally {
      setBusy(false);
    }
  };

  const required = (label: string) => [{ required: true, whitespace: true, message: t('org.form.required', { field: label }) }];
  const title = t(`org.form.${editing.kind}.${row ? 'editTitle' : 'createTitle'}`, { name: row?.name ?? '' });

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => form.submit()} data-testid="org-form-submit">
            {t('org.form.save')}
          </Button>
        </Space>
      }
    >
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="org-form-error" /> : null}
      <Form<OrgFormValues> form={form} layout="vertical" requiredMark="optional" onFinish={(values) => void submit(values)} data-testid="org-form">
        {editing.kind === 'position' ? (
          <>
            <Form.Item name="title" label={t('org.form.position.title')} rules={required(t('org.form.position.title'))}>
              <Input maxLength={100} data-testid="org-form-title" />
            </Form.Item>
            <Form.Item name="level" label={t('org.form.position.level')}>
              <Input maxLength={20} data-testid="org-form-level" />
            </Form.Item>
            <Form.Item name="isHostRole" label={t('org.form.position.isHostRole')} valuePropName="checked">
              <Switch data-testid="org-form-host-role" />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="name" label={t('org.columns.name')} rules={required(t('org.columns.name'))}>
            <Input maxLength={100} data-testid="org-form-name" />
          </Form.Item>
        )}
        {editing.kind === 'department' ? (
          <>
            <Form.Item name="code" label={t('org.columns.code')} rules={row ? [] : required(t('org.columns.code'))} extra={row ? t('org.form.department.codeFixed') : undefined}>
              <Input maxLength={20} disabled={Boolean(row)} data-testid="org-form-code" />
            </Form.Item>
            <Form.Item name="parentId" label={t('org.columns.parent')}>
              <Select allowClear options={departments.filter((d) => d.id !== row?.id).map((d) => ({ value: d.id, label: d.name }))} data-testid="org-form-parent" />
            </Form.Item>
          </>
        ) : null}
        {editing.kind === 'team' ? (
          <>
            <Form.Item name="departmentId" label={t('org.columns.department')} rules={[{ required: true, message: t('org.form.required', { field: t('org.columns.department') }) }]}>
              <Select disabled={Boolean(row)} options={departments.map((d) => ({ value: d.id, label: d.name }))} data-testid="org-form-department" />
            </Form.Item>
            <Form.Item name="leadId" label={t('org.columns.lead')} extra={t('org.form.team.leadHint')}>
              <EmployeeSelect testId="org-form-lead" style={{ width: '100%' }} />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
