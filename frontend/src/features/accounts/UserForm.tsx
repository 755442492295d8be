import { useMutation } from '@apollo/client';
import { Alert, Button, Form, Input, Modal, Select, Space, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleLabel } from '@/app/roles';
import type { MutationError } from '@/components/mutationErrors';
import { submitMutation } from '@/components/mutationErrors';
import { EmployeeSelect } from '@/features/compensation/EmployeeSelect';
import type { RoleRow, UserRow } from './AccountAdminPage';
import { UserCreateMutation, UserUpdateMutation } from './mutations';

interface UserFormValues {
  email: string;
  password?: string;
  roles: string[];
  employeeId?: string | null;
  isActive: boolean;
}

/**
 * A new console account, or changes to one: roles, the employee it belongs to (their row scope
 * and self-service follow it), disabling, a new password. Disabling or a new password ends every
 * session of the user; the server refuses disabling oneself or leaving nobody to manage accounts.
 */
export function UserForm({ open, user, roles, onClose, onDone }: { open: boolean; user?: UserRow; roles: readonly RoleRow[]; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<UserFormValues>();
  const [failure, setFailure] = useState<string[]>([]);
  const [create, creating] = useMutation(UserCreateMutation);
  const [update, updating] = useMutation(UserUpdateMutation);

  useEffect(() => {
    if (!open) return;
    setFailure([]);
    form.resetFields();
    form.setFieldsValue(user ? { email: user.email, roles: user.roles, employeeId: user.employee?.id ?? null, isActive: user.isActive } : { roles: [], isActive: true });
  }, [open, user, form]);

  const submit = async (values: UserFormValues) => {
    setFailure([]);
    const password = values.password?.trim() ? values.password : null;
    const { saved, failure: failed } = await submitMutation<{ user?: { id: string } | null; errors: readonly MutationError[] }>(
      form,
      t,
      async () => {
        if (user) {
          const { data, errors } = await update({
            variables: {
              input: {
                id: user.id,
                roles: values.roles,
                isActive: values.isActive === user.isActive ? null : values.isActive,
                password,
                employeeId: values.employeeId && values.employeeId !== user.employee?.id ? values.employeeId : null,
              },
            },
          });
          return { payload: data?.userUpdate, error: errors?.[0]?.message };
        }
        const { data, errors } = await create({ variables: { input: { email: values.email.trim(), password: password ?? '', roles: values.roles, employeeId: values.employeeId ?? null } } });
        return { payload: data?.userCreate, error: errors?.[0]?.message };
      },
      (payload) => Boolean(payload.user),
      t('accountAdmin.failed'),
    );
    if (saved) onDone();
    else setFailure(failed);
  };

  return (
    <Modal
      open={open}
      title={user ? t('accountAdmin.users.editTitle', { email: user.email }) : t('accountAdmin.users.createTitle')}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={creating.loading || updating.loading} onClick={() => form.submit()} data-testid="user-form-submit">
            {t('accountAdmin.save')}
          </Button>
        </Space>
      }
    >
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="user-form-error" /> : null}
      <Form<UserFormValues> form={form} layout="vertical" requiredMark="optional" onFinish={(values) => void submit(values)} data-testid="user-form">
        <Form.Item name="email" label={t('accountAdmin.users.email')} rules={[{ required: true, whitespace: true, message: t('accountAdmin.users.emailRequired') }]}>
          <Input disabled={Boolean(user)} autoComplete="off" data-testid="user-form-email" />
        </Form.Item>
        <Form.Item
          name="password"
          label={user ? t('accountAdmin.users.newPassword') : t('accountAdmin.users.password')}
          extra={t('accountAdmin.users.passwordHint')}
          rules={user ? [] : [{ required: true, message: t('accountAdmin.users.passwordRequired') }]}
        >
          <Input.Password autoComplete="new-password" data-testid="user-form-password" />
        </Form.Item>
        <Form.Item name="roles" label={t('accountAdmin.users.roles')} rules={[{ required: true, type: 'array', min: 1, message: t('accountAdmin.users.rolesRequired') }]}>
          <Select mode="multiple" options={roles.map((role) => ({ value: role.name, label: roleLabel(t, role.name) }))} data-testid="user-form-roles" />
        </Form.Item>
        <Form.Item name="employeeId" label={t('accountAdmin.users.employee')} extra={t('accountAdmin.users.employeeHint')}>
          <EmployeeSelect testId="user-form-employee" style={{ width: '100%' }} />
        </Form.Item>
        {user ? (
          <Form.Item name="isActive" label={t('accountAdmin.users.status')} valuePropName="checked" extra={t('accountAdmin.users.disableHint')}>
            <Switch checkedChildren={t('accountAdmin.users.active')} unCheckedChildren={t('accountAdmin.users.disabled')} data-testid="user-form-active" />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
