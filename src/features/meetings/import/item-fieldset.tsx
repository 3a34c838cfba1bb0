import type { FieldErrors, FormValues } from '../../../lib/forms.ts';
import { TextArea, TextField } from '../../../ui/components.tsx';
import { itemField } from './item-fields.ts';

/** One item of the import preview: its title, text, decisions and action items, and whether to leave it out. */
export function ItemFieldset({
  i,
  number,
  values,
  errors,
  parent,
  hasChildren,
}: {
  i: number;
  number: string;
  values: FormValues;
  errors?: FieldErrors;
  parent: string | null;
  hasChildren: boolean;
}) {
  const read = values[itemField(i, 'number')] ?? '';
  const skip = itemField(i, 'skip');
  return (
    <fieldset class="sd-fieldset sd-import-item" id={`punkt-${i}`}>
      <legend class="h4">{parent === null ? `Punkt ${number}` : `Underpunkt ${number}`}</legend>
      <p class="sd-muted">
        Nummer i referatet: {read || 'intet'}. {parent === null ? 'Hovedpunkt.' : `Underpunkt til punkt ${parent}.`}
      </p>
      <input type="hidden" name={itemField(i, 'number')} value={read} />
      <input type="hidden" name={itemField(i, 'parent')} value={values[itemField(i, 'parent')] ?? ''} />
      <TextField name={itemField(i, 'title')} label="Titel" required values={values} errors={errors} width="xl" />
      <TextArea
        name={itemField(i, 'text')}
        label="Referat af punktet"
        hint="Det, der blev sagt. Punkttegn skrives som en bindestreg og et mellemrum først på linjen."
        rows={8}
        values={values}
        errors={errors}
      />
      <TextArea
        name={itemField(i, 'decisions')}
        label="Beslutninger"
        hint="Én beslutning pr. linje."
        rows={3}
        values={values}
        errors={errors}
      />
      <TextArea
        name={itemField(i, 'actions')}
        label="Opfølgningspunkter"
        hint="Ét pr. linje: tekst; ansvarlig; frist som åååå-mm-dd. Ansvarlig og frist kan udelades."
        rows={3}
        values={values}
        errors={errors}
      />
      <div class="form-group form-group-checkbox">
        <input class="form-checkbox" type="checkbox" id={`field-${skip}`} name={skip} value="on" checked={Boolean(values[skip])} />
        <label for={`field-${skip}`}>Udelad punktet{hasChildren ? ' og dets underpunkter' : ''}</label>
      </div>
    </fieldset>
  );
}
