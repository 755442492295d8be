import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';

const SECTIONS = [
  { path: '/automation', key: 'automation.rules.title' },
  { path: '/automation/tasks', key: 'automation.tasks.title' },
] as const;

/** Switches between the rules and the HR tasks they create. */
export function AutomationNav() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const current = location.pathname.startsWith('/automation/tasks') ? '/automation/tasks' : '/automation';
  return (
    <Segmented
      value={current}
      onChange={(path) => navigate(path)}
      options={SECTIONS.map((section) => ({ value: section.path, label: t(section.key) }))}
      data-testid="automation-nav"
      style={{ marginBottom: 16 }}
    />
  );
}
