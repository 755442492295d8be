import { useMutation } from '@apollo/client';
import { Alert, Button, Checkbox, Col, Form, Modal, Row, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Permission } from '@/app/permissions';
import { roleLabel } from '@/app/roles';
import { submitMutation } from '@/components/mutationErrors';
import type { RoleRow } from './AccountAdminPage';
import { RoleUpdateMutation } from './mutations';

/** Every permission the backend knows, grouped by what it is about (`employees.read` → employees). */
export function permissionGroups(known: readonly string[] = Object.values(Permission)): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const name of [...new Set(known)].sort()) {
    const group = name.split('.')[0]!;
    groups.set(group, [...(groups.get(group) ?? []), name]);
  }
  return [...groups];
}

/** A role's permissions (the role → permission map is data): takes effect on each holder's next request. */
export function RoleForm({ role, onClose, onDone }: { role: RoleRow | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ permissions: string[] }>();
  const [failure, setFailure] = useState<string[]>([]);
  const [update, { loading }] = useMutation(RoleUpdateMutation);
  // Permissions a role holds that this console does not know yet are kept as they are.
  const groups = permissionGroups([...Object.values(Permission), ...(role?.permissions ?? [])]);

  useEffect(() => {
    if (!role) return;
    setFailure([]);
    form.setFieldsValue({ permissions: role.permissions });
  }, [role, form]);

  const submit = async ({ permissions }: { permissions: string[] }) => {
    if (!role) return;
    setFailure([]);
    const { saved, failure: failed } = await submitMutation(
      form,
      t,
      async () => {
        const { data, errors } = await update({ variables: { input: { name: role.name, permissions } } });
        return { payload: data?.roleUpdate, error: errors?.[0]?.message };
      },
      (payload) => Boolean(payload.role),
      t('accountAdmin.failed'),
    );
    if (saved) onDone();
    else setFailure(failed);
  };

  return (
    <Modal
      open={role !== null}
      width={760}
      title={role ? t('accountAdmin.roles.editTitle', { role: roleLabel(t, role.name) }) : ''}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={loading} onClick={() => form.submit()} data-testid="role-form-submit">
            {t('accountAdmin.save')}
          </Button>
        </Space>
      }
    >
      <Alert type="info" showIcon message={t('accountAdmin.roles.note')} style={{ marginBottom: 16 }} />
      {failure.length ? <Alert type="error" showIcon message={failure.join(' ')} style={{ marginBottom: 16 }} data-testid="role-form-error" /> : null}
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)} data-testid="role-form">
        <Form.Item name="permissions">
          <Checkbox.Group style={{ width: '100%' }}>
            <Row gutter={[16, 12]}>
              {groups.map(([group, names]) => (
                <Col key={group} xs={24} sm={12} md={8}>
                  <Typography.Text strong>{group}</Typography.Text>
                  {names.map((name) => (
                    <div key={name}>
                      <Checkbox value={name} data-testid={`permission-${name}`}>
                        <Typography.Text code>{name}</Typography.Text>
                      </Checkbox>
                    </div>
                  ))}
                </Col>
              ))}
            </Row>
          </Checkbox.Group>
        </Form.Item>
      </Form>
    </Modal>
  );
}
