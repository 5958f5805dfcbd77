import { Alert, Box, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import { DocumentDraft, type DocumentSummary } from '../../../contracts/documents';
import { vi } from '../../i18n/vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { DocumentPreview } from './document-preview';
import { useSaveDocument } from './documents.queries';
import { DownloadButtons } from './download-buttons';
import { DraftFormFields } from './draft-form';
import { draftFormErrors, formToDraft, type DraftErrors, type DraftForm } from './draft-form-state';
import { DocumentIssueModal } from './issue-modal';
import { useIssuerPrefill } from './issuer-prefill';

interface DocumentEditorProps {
  /** null for a draft not saved yet. */
  documentId: number | null;
  initialForm: DraftForm;
  onIssued?: (summary: DocumentSummary) => void;
}

const t = vi.documents;

/** The draft form beside its live NĐ 30 preview (stacked on a phone), with save, downloads and issue. */
export function DocumentEditor({ documentId, initialForm, onIssued }: DocumentEditorProps) {
  // The form as loaded or last saved is its initial values.
  const editor = useForm<DraftForm>({
    mode: 'controlled',
    initialValues: initialForm,
    validate: draftFormErrors,
    clearInputErrorOnChange: false,
  });
  const form = editor.values;
  const savedForm = editor.getInitialValues();
  const errors = editor.errors as DraftErrors;
  const [isIssueOpen, setIssueOpen] = useState(false);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const save = useSaveDocument();
  const navigate = useNavigate();

  const change = (patch: Partial<DraftForm>) => editor.setValues(patch);
  const draft = useMemo(() => formToDraft(form), [form]);
  const isDirty = JSON.stringify(form) !== JSON.stringify(savedForm);

  // Letterhead lines follow the issuing unit until the user types their own.
  const prefillFrom = useIssuerPrefill((patchOf) => editor.setValues((prev) => patchOf(prev as DraftForm)));
  useEffect(() => {
    if (documentId === null && initialForm.issuerName === '') void prefillFrom(initialForm.unit);
    // Only once, for the unit a new draft starts with.
  }, []);

  /** The draft when it passes the contract; otherwise marks the fields and returns null. */
  const validDraft = (): DocumentDraft | null =>
    editor.validate().hasErrors ? null : DocumentDraft.parse(formToDraft(editor.getValues()));

  const submit = (values: DraftForm) => {
    save.mutate(
      { id: documentId, unit: values.unit?.code ?? null, draft: DocumentDraft.parse(formToDraft(values)) },
      {
        onSuccess: (summary) => {
          editor.setInitialValues(values);
          setSavedVersion(summary.currentVersion);
          if (documentId === null)
            void navigate({ to: '/van-ban/$id', params: { id: String(summary.id) }, replace: true });
        },
      },
    );
  };

  const hasErrors = Object.keys(errors).length > 0;
  return (
    <>
      <Box component="form" onSubmit={editor.onSubmit(submit)} noValidate>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 6 }} miw={0}>
            <Stack gap="sm">
              <DraftFormFields
                form={form}
                errors={errors}
                onChange={change}
                onUnitChange={
                  documentId === null
                    ? (unit) => {
                        change({ unit });
                        void prefillFrom(unit);
                      }
                    : undefined
                }
              />
              {hasErrors && (
                <Alert color="red" variant="light" role="alert">
                  {t.invalid}
                </Alert>
              )}
              <FormErrorAlert error={save.error} />
              {savedVersion !== null && !isDirty && (
                <Alert color="green" variant="light" role="status">
                  {t.savedVersion(savedVersion)}
                </Alert>
              )}
              <Group gap="xs">
                <Button type="submit" loading={save.isPending}>
                  {t.save}
                </Button>
                <DownloadButtons
                  savedId={documentId !== null && !isDirty ? documentId : null}
                  currentDraft={validDraft}
                />
                {documentId !== null && (
                  <Button color="red" variant="light" disabled={isDirty} onClick={() => setIssueOpen(true)}>
                    {t.issue}
                  </Button>
                )}
              </Group>
              {documentId !== null && isDirty && (
                <Text size="sm" c="dimmed">
                  {t.unsavedChanges}
                </Text>
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }} miw={0}>
            <Box pos={{ base: 'static', md: 'sticky' }} top={76}>
              <Text fw={600} mb={4} id="document-preview-title">
                {t.preview}
              </Text>
              <DocumentPreview draft={draft} />
            </Box>
          </Grid.Col>
        </Grid>
      </Box>
      {documentId !== null && (
        <DocumentIssueModal
          documentId={documentId}
          opened={isIssueOpen}
          onClose={() => setIssueOpen(false)}
          onIssued={(summary) => {
            setIssueOpen(false);
            onIssued?.(summary);
          }}
        />
      )}
    </>
  );
}
