import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';

const SECTIONS = [
  { path: '/training', key: 'training.programs.title' },
  { path: '/training/plans', key: 'training.plans.title' },
  { path: '/training/enrolments', key: 'training.enrolments.title' },
] as const;

/** Switches between the training pages (catalogue, plans, enrolments). */
export function TrainingNav() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const current = SECTIONS.find((section) => section.path !== '/training' && location.pathname.startsWith(section.path))?.path ?? '/training';
  return (
    <Segmented
      value={current}
      onChange={(path) => navigate(path)}
      options={SECTIONS.map((section) => ({ value: section.path, label: t(section.key) }))}
      data-testid="training-nav"
      style={{ marginBottom: 16 }}
    />
  );
}
