import {
  INCIDENT_CATEGORIES,
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_CATEGORY_PREFIXES,
  type IncidentCategory,
  type IncidentClass,
  incidentClassCodeProblem,
} from '@fengqiao/domain';
import { Alert, Button, Flex, Form, Input, InputNumber, Select, Switch, Table, type TableColumnsType, Tag } from 'antd';
import { useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { FormModal } from '../../../ui/FormModal';
import { PageHeader } from '../../../ui/PageHeader';
import { IncidentClassImport } from '../components/IncidentClassImport';
import { useIncidentClasses, useSaveIncidentClass } from '../hooks/use-incident-classes';

type ClassFields = Omit<IncidentClass, 'code'>;

/**
 * The station's incident class code table (警情分类代码表, a setting): codes, categories, the dispute flag and the
 * arrival target that intake freezes on each incident. Rows are edited in place; new codes are added in a dialog or
 * imported from the Excel template. Until the first change the town works from the built-in defaults.
 */
export function IncidentClassesPage() {
  const { t, lang } = useT();
  const table = useIncidentClasses();
  const save = useSaveIncidentClass();
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<ClassFields>();
  const configurable = table.data?.actions.includes('configure') ?? false;
  const categoryLabel = (category: IncidentCategory) => INCIDENT_CATEGORY_LABELS[category][lang];
  const categoryOptions = INCIDENT_CATEGORIES.map((category) => ({
    value: category,
    label: `${INCIDENT_CATEGORY_PREFIXES[category]} ${categoryLabel(category)}`,
  }));

  const startEdit = (row: IncidentClass) => {
    save.reset();
    form.setFieldsValue(row);
    setEditing(row.code);
  };
  const finishEdit = (code: string, values: ClassFields) =>
    save.mutate({ code, body: values }, { onSuccess: () => setEditing(null) });

  const isEditing = (row: IncidentClass) => row.code === editing;
  const columns: TableColumnsType<IncidentClass> = [
    { key: 'code', title: t('incidentClasses.code'), dataIndex: 'code', width: 100 },
    {
      key: 'name',
      title: t('incidentClasses.name'),
      render: (_v, row) =>
        isEditing(row) ? (
          <Form.Item name="name" noStyle rules={[{ required: true, max: 40 }]}>
            <Input data-testid="incident-class-name" />
          </Form.Item>
        ) : (
          row.name
        ),
    },
    {
      key: 'category',
      title: t('incidentClasses.category'),
      width: 180,
      render: (_v, row) => categoryLabel(row.category),
    },
    {
      key: 'dispute',
      title: t('incidentClasses.dispute'),
      width: 100,
      render: (_v, row) =>
        isEditing(row) ? (
          <Form.Item name="dispute" valuePropName="checked" noStyle>
            <Switch />
          </Form.Item>
        ) : row.dispute ? (
          <Tag color="orange">{t('incidentClasses.yes')}</Tag>
        ) : null,
    },
    {
      key: 'target',
      title: t('incidentClasses.arrivalTarget'),
      width: 140,
      render: (_v, row) =>
        isEditing(row) ? (
          <Form.Item name="arrivalTargetMinutes" noStyle rules={[{ required: true }]}>
            <InputNumber min={1} max={1440} precision={0} data-testid="incident-class-target" />
          </Form.Item>
        ) : (
          t('incidentClasses.minutes', { n: row.arrivalTargetMinutes })
        ),
    },
    {
      key: 'active',
      title: t('incidentClasses.active'),
      width: 90,
      render: (_v, row) =>
        isEditing(row) ? (
          <Form.Item name="active" valuePropName="checked" noStyle>
            <Switch />
          </Form.Item>
        ) : row.active ? (
          t('incidentClasses.yes')
        ) : (
          <Tag>{t('incidentClasses.retired')}</Tag>
        ),
    },
    ...(configurable
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            width: 150,
            render: (_v: unknown, row: IncidentClass) =>
              isEditing(row) ? (
                <Flex gap={8}>
                  <Button
                    type="link"
                    size="small"
                    loading={save.isPending}
                    onClick={() => form.submit()}
                    data-testid="incident-class-save"
                  >
                    {t('common.save')}
                  </Button>
                  <Button type="link" size="small" onClick={() => setEditing(null)}>
                    {t('common.cancel')}
                  </Button>
                </Flex>
              ) : (
                <Button
                  type="link"
                  size="small"
                  disabled={editing !== null}
                  onClick={() => startEdit(row)}
                  data-testid={`incident-class-edit-${row.code}`}
                >
                  {t('common.edit')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('incidentClasses.title')}
        sub={table.data && !table.data.custom ? t('incidentClasses.defaults') : undefined}
        extra={
          configurable ? (
            <Button type="primary" onClick={() => setAdding(true)} data-testid="incident-class-add">
              {t('incidentClasses.add')}
            </Button>
          ) : null
        }
      />
      {configurable ? <IncidentClassImport /> : null}
      {table.isError ? <ErrorAlert error={table.error} /> : null}
      {editing !== null && save.error ? <ErrorAlert error={save.error} /> : null}
      <Form
        form={form}
        component={false}
        onFinish={(values) => {
          const row = table.data?.items.find((item) => item.code === editing);
          if (row) finishEdit(row.code, { ...values, category: row.category });
        }}
      >
        <Table<IncidentClass>
          rowKey="code"
          size="small"
          columns={columns}
          dataSource={table.data?.items ?? []}
          loading={table.isLoading}
          pagination={false}
          scroll={{ x: 760 }}
          locale={{ emptyText: t('common.empty') }}
        />
      </Form>
      {adding ? <AddClassModal categoryOptions={categoryOptions} onClose={() => setAdding(false)} /> : null}
    </>
  );
}

interface AddValues extends ClassFields {
  code: string;
}

function AddClassModal({
  categoryOptions,
  onClose,
}: {
  categoryOptions: { value: IncidentCategory; label: string }[];
  onClose: () => void;
}) {
  const { t } = useT();
  const save = useSaveIncidentClass();
  const [form] = Form.useForm<AddValues>();
  return (
    <FormModal
      title={t('incidentClasses.add')}
      form={form}
      pending={save.isPending}
      error={save.error}
      okTestId="incident-class-add-save"
      onClose={onClose}
    >
      <Alert type="info" showIcon title={t('incidentClasses.codeHelp')} style={{ marginBottom: 12 }} />
      <Form<AddValues>
        form={form}
        layout="vertical"
        initialValues={{ dispute: false, active: true, arrivalTargetMinutes: 30 }}
        onFinish={({ code, ...body }) => save.mutate({ code, body }, { onSuccess: onClose })}
      >
        <Form.Item name="category" label={t('incidentClasses.category')} rules={[{ required: true }]}>
          <Select options={categoryOptions} data-testid="incident-class-category" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('incidentClasses.code')}
          dependencies={['category']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) => {
                const category = getFieldValue('category') as IncidentCategory | undefined;
                if (!value || !category || !incidentClassCodeProblem(value, category)) return Promise.resolve();
                return Promise.reject(new Error(t('incidentClasses.codeHelp')));
              },
            }),
          ]}
        >
          <Input maxLength={6} inputMode="numeric" data-testid="incident-class-code" />
        </Form.Item>
        <Form.Item name="name" label={t('incidentClasses.name')} rules={[{ required: true, max: 40 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="arrivalTargetMinutes" label={t('incidentClasses.arrivalTarget')} rules={[{ required: true }]}>
          <InputNumber min={1} max={1440} precision={0} />
        </Form.Item>
        <Form.Item name="dispute" label={t('incidentClasses.dispute')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="active" label={t('incidentClasses.active')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
