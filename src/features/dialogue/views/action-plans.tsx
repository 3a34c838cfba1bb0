import { formatDate } from '../../../ui/format.ts';
import { ScrollTable } from '../../../ui/table.tsx';
import { TrafficLight } from '../../../ui/traffic-light.tsx';

/** An open action plan of one of the organisation's estates, from the key figures (through src/wiring.ts). */
export type ActionPlanLink = { id: number; estateNumber: number; estateName: string; year: number; deadline: string | null; text: string };

/** The plans asked for by three red years, shown on the dialogue until the municipality has handled them. */
export function ActionPlans({ plans, organisationId }: { plans: ActionPlanLink[]; organisationId: number }) {
  if (plans.length === 0) return null;
  const caption = 'Handlingsplaner for afdelinger med røde tal tre år i træk';
  return (
    <section>
      <h2 id="h-action-plans">{caption}</h2>
      <ScrollTable labelledBy="h-action-plans">
        <table class="table table--zebra">
          <caption class="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Afdeling</th>
              <th scope="col">Røde år</th>
              <th scope="col">Frist</th>
              <th scope="col">Handlingsplan</th>
            </tr>
          </thead>
          <tbody>
            {plans.map((p) => (
              <tr>
                <td>
                  <a href={`/handlingsplaner/${p.id}`}>
                    {p.estateNumber} {p.estateName}
                  </a>
                </td>
                <td>
                  <TrafficLight colour="red" label={`Rød ${p.year - 2}–${p.year}`} />
                </td>
                <td>{p.deadline ? formatDate(p.deadline) : 'Ikke fastsat'}</td>
                <td>{p.text ? 'Skrevet – venter på kommunen' : 'Venter på boligorganisationen'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <p>
        <a href={`/boligorganisationer/${organisationId}/handlingsplaner`}>Alle handlingsplaner</a>
      </p>
    </section>
  );
}
