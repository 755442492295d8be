import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { storeTokens } from '@/app/auth';
import { useSignedIn } from '@/app/session';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { ViewerLoginMutation } from './mutations';

interface LoginForm {
  email: string;
  password: string;
}

/** Only same-site paths may be returned to after login. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const signedIn = useSignedIn();
  const [login, { loading }] = useMutation(ViewerLoginMutation);
  const [failure, setFailure] = useState<'failed' | 'rateLimited' | 'networkError' | null>(null);
  const expired = (location.state as { expired?: boolean } | null)?.expired === true;
  const next = safeNext(params.get('next'));

  if (signedIn) return <Navigate to={next} replace />;

  const onFinish = async (values: LoginForm) => {
    setFailure(null);
    try {
      const { data } = await login({ variables: { email: values.email.trim(), password: values.password } });
      const payload = data?.login;
      if (payload?.accessToken && payload.errors.length === 0) {
        storeTokens({ accessToken: payload.accessToken, refreshToken: payload.refreshToken, expiresIn: payload.expiresIn });
        navigate(next, { replace: true });
        return;
      }
      if (!payload) setFailure('networkError');
      else setFailure(payload.errors.some((e) => e.code === 'RATE_LIMITED') ? 'rateLimited' : 'failed');
    } catch {
      setFailure('networkError');
    }
  };

  return (
    <div className="login-page">
      <div className="login-page-top">
        <LanguageSwitch />
      </div>
      <div className="login-page-main">
        <Card className="login-card" variant="borderless" styles={{ body: { padding: '36px 32px 24px' } }}>
          <div className="login-brand">
            <span className="console-logo-mark">hr</span>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('app.name')}
            </Typography.Title>
          </div>
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginBottom: 28 }}>
            {t('app.tagline')}
          </Typography.Paragraph>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('login.title')}
          </Typography.Title>
          {expired && !failure ? <Alert type="info" showIcon message={t('login.sessionExpired')} style={{ marginBottom: 16 }} /> : null}
          {failure ? (
            <Alert type="error" showIcon message={t(`login.${failure}`)} style={{ marginBottom: 16 }} data-testid="login-error" />
          ) : null}
          <Form<LoginForm> layout="vertical" size="large" onFinish={(values) => void onFinish(values)} requiredMark={false} autoComplete="on">
            <Form.Item
              name="email"
              label={t('login.email')}
              rules={[
                { required: true, message: t('login.emailRequired') },
                { type: 'email', message: t('login.emailInvalid') },
              ]}
            >
              <Input prefix={<MailOutlined />} placeholder={t('login.emailPlaceholder')} autoComplete="username" data-testid="login-email" />
            </Form.Item>
            <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
              <Input.Password
                prefix={<LockOutlined />}
                placeholder={t('login.passwordPlaceholder')}
                autoComplete="current-password"
                data-testid="login-password"
              />
            </Form.Item>
            <Form.Item style={{ marginBottom: 8 }}>
              <Button type="primary" htmlType="submit" block loading={loading} data-testid="login-submit">
                {t('login.submit')}
              </Button>
            </Form.Item>
          </Form>
        </Card>
      </div>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
        {t('app.footer')}
      </Typography.Paragraph>
    </div>
  );
}
