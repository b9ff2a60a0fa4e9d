/* crm-demo-service.c: demo service tickets, maintenance contracts and activities
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "crm-demo"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "crm-demo-private.h"
#include "crm-models.h"

/* ---------------------------------------------------------------------- */
/* Tickets and contracts                                                  */
/* ---------------------------------------------------------------------- */

/* The status history of a ticket still in the queue, where people look at
 * it: its arrival and, if it has moved on, its current status half-way since.
 * Closed tickets get none, which keeps the reference data quick to build;
 * times come from the ticket, not the random stream, so the rest of the demo
 * stays as it was. */
static gboolean
add_open_ticket_history (Demo        *demo,
                         CrmTicket   *ticket,
                         DemoTicket  *t,
                         GError     **error)
{
  CrmTicketStatus status = crm_ticket_get_status (ticket);
  const char *technician_id = crm_ticket_get_technician_id (ticket);
  g_autoptr(CrmTicketEvent) received = NULL;
  g_autoptr(CrmTicketEvent) current = NULL;
  gint64 moved_at;

  if (status == CRM_TICKET_STATUS_CLOSED)
    return TRUE;

  received = crm_ticket_event_new ();
  crm_ticket_event_set_ticket_id (received, crm_record_get_id (CRM_RECORD (ticket)));
  crm_ticket_event_set_at (received, t->received_at);
  crm_ticket_event_set_status (received, CRM_TICKET_STATUS_RECEIVED);
  if (!crm_demo_save (demo, received, t->received_at, error))
    return FALSE;

  if (status == CRM_TICKET_STATUS_RECEIVED)
    return TRUE;

  moved_at = t->received_at + MAX (0, demo->now - t->received_at) / 2;
  current = crm_ticket_event_new ();
  crm_ticket_event_set_ticket_id (current, crm_record_get_id (CRM_RECORD (ticket)));
  crm_ticket_event_set_at (current, moved_at);
  crm_ticket_event_set_status (current, status);
  crm_ticket_event_set_staff_id (current, technician_id);
  return crm_demo_save (demo, current, moved_at, error);
}

gboolean
crm_demo_create_tickets (Demo    *demo,
                         GError **error)
{
  static const guint priority_weights[] = { 20, 55, 18, 7 };
  static const guint satisfaction_weights[] = { 5, 8, 12, 30, 45 };
  const char *stage = _("Creating service tickets");

  demo->n_tickets = demo->n_customers;
  demo->tickets = g_new0 (DemoTicket, MAX (1, demo->n_tickets));
  demo->first_ticket = g_new (gint32, demo->n_customers);
  memset (demo->first_ticket, 0xff, sizeof (gint32) * demo->n_customers);
  crm_demo_report (demo, stage, 0, demo->n_tickets);

  for (guint i = 0; i < demo->n_tickets; i++)
    {
      g_autoptr(CrmTicket) ticket = crm_ticket_new ();
      DemoTicket *t = &demo->tickets[i];
      DemoCustomer *c;
      DemoProduct *product = &demo->products[crm_demo_pick_popular (demo, demo->devices)];
      const ProductKind *kind = &crm_demo_product_kinds[product->kind];
      CrmTicketPriority priority = crm_demo_pick_weighted (demo, priority_weights,
                                                           G_N_ELEMENTS (priority_weights));
      guint fault = rand_index (demo, G_N_ELEMENTS (crm_demo_faults));
      gint64 received_window, sla_days, repair, closed_at, minutes, parts;
      g_autoptr(GDateTime) received = NULL;
      char text[64];

      t->customer = crm_demo_pick_customer (demo);
      c = &demo->customers[t->customer];
      t->next = demo->first_ticket[t->customer];
      demo->first_ticket[t->customer] = i;
      t->technician = crm_demo_pick_technician (demo, c->country);
      /* Tickets keep coming in: a share arrived in the last three weeks and
       * makes the open queue. */
      received_window = chance (demo, 8) ? 21 * DAY : 2 * YEAR;
      t->received_at = crm_demo_working_time (demo, MAX (c->since, demo->now - received_window), demo->now);

      /* SLA: 2 days when urgent … 10 when it can wait. */
      sla_days = (gint64[]) { 8, 5, 3, 2 }[priority] + rand_index (demo, 3);
      /* Most repairs make their SLA; a fifth do not. */
      repair = chance (demo, 80) ? rand_between (demo, 2 * HOUR, sla_days * DAY)
                                 : rand_between (demo, sla_days * DAY, (sla_days + 12) * DAY);
      closed_at = t->received_at + repair;
      minutes = rand_between (demo, 20, 480);

      g_snprintf (text, sizeof text, "T-%06u", i + 1);
      crm_ticket_set_number (ticket, text);
      received = g_date_time_new_from_unix_utc (t->received_at - rand_between (demo, 30 * DAY, 3 * YEAR));
      g_snprintf (text, sizeof text, "%s%02d%05u-%u", kind->prefix, g_date_time_get_year (received) % 100,
                  rand_index (demo, 100000), rand_index (demo, 10));
      crm_ticket_set_serial_number (ticket, text);

      g_string_truncate (demo->text, 0);
      g_string_append (demo->text, crm_demo_faults[fault]);
      g_string_append (demo->text, " – ");
      g_string_append (demo->text, kind->name);

      crm_ticket_set_customer_id (ticket, c->id);
      crm_ticket_set_product_id (ticket, product->id);
      crm_ticket_set_title (ticket, demo->text->str);
      crm_ticket_set_description (ticket, crm_demo_fault_descriptions[fault]);
      crm_ticket_set_priority (ticket, priority);
      crm_ticket_set_fault_category (ticket, crm_demo_faults[fault]);
      crm_ticket_set_region (ticket, crm_demo_countries[c->country].region);
      crm_ticket_set_technician_id (ticket, demo->staff[t->technician].id);
      crm_ticket_set_received_at (ticket, t->received_at);
      crm_ticket_set_due_at (ticket, t->received_at + sla_days * DAY);
      crm_ticket_set_currency (ticket, crm_demo_countries[c->country].currency);

      /* A few repairs stall, but none for more than a few weeks: a queue
       * of year-old tickets is not what a service desk looks like. */
      if (closed_at <= demo->now && (!chance (demo, 2) || demo->now - t->received_at > 6 * 7 * DAY))
        {
          guint satisfaction;

          t->ends_at = closed_at;
          crm_ticket_set_status (ticket, CRM_TICKET_STATUS_CLOSED);
          crm_ticket_set_closed_at (ticket, closed_at);
          crm_ticket_set_resolution (ticket, crm_demo_fault_resolutions[fault]);

          if (chance (demo, 80))
            {
              satisfaction = 1 + crm_demo_pick_weighted (demo, satisfaction_weights,
                                                         G_N_ELEMENTS (satisfaction_weights));
              /* Late repairs please less. */
              if (repair > sla_days * DAY && satisfaction > 1 && chance (demo, 50))
                satisfaction--;
              crm_ticket_set_satisfaction (ticket, satisfaction);
              if (chance (demo, 35))
                crm_ticket_set_satisfaction_comment (ticket, crm_demo_satisfaction_comments[satisfaction]);
            }
        }
      else
        {
          /* Still in the workshop: how far along depends on the time it has
           * had. Those long past their time wait for parts, or for a customer
           * who does not come to pick the unit up. */
          double progress = (double) (demo->now - t->received_at) / (double) MAX (repair, 1);
          CrmTicketStatus status = progress < 0.15 ? CRM_TICKET_STATUS_RECEIVED
                                 : progress < 0.35 ? CRM_TICKET_STATUS_DIAGNOSING
                                 : progress < 0.6 ? CRM_TICKET_STATUS_WAITING_FOR_PARTS
                                 : progress < 0.9 ? CRM_TICKET_STATUS_IN_REPAIR
                                 : progress < 1.0 ? CRM_TICKET_STATUS_READY
                                 : chance (demo, 70) ? CRM_TICKET_STATUS_WAITING_FOR_PARTS
                                 : CRM_TICKET_STATUS_READY;

          t->ends_at = demo->now;
          crm_ticket_set_status (ticket, status);
          minutes = status == CRM_TICKET_STATUS_RECEIVED ? 0 : (gint64) (minutes * MIN (progress, 1.0));
        }

      /* Parts (none for most adjustments) plus labour at 55 € an hour. */
      parts = chance (demo, 40) ? 0 : rand_between (demo, 10, 300) * 100;
      crm_ticket_set_time_spent_minutes (ticket, minutes);
      crm_ticket_set_repair_cost (ticket, crm_demo_local_amount (c->country, parts + minutes * 5500 / 60));

      if (!crm_demo_save (demo, ticket, t->received_at, error) ||
          !add_open_ticket_history (demo, ticket, t, error) ||
          !crm_demo_checkpoint (demo, error))
        return FALSE;
      t->id = crm_demo_keep_id (demo, ticket);

      crm_demo_report (demo, stage, i + 1, demo->n_tickets);
    }

  return TRUE;
}

gboolean
crm_demo_create_contracts (Demo    *demo,
                           GError **error)
{
  const char *stage = _("Creating contracts");
  guint n = MAX (1, demo->n_customers / 10);

  crm_demo_report (demo, stage, 0, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CrmContract) contract = crm_contract_new ();
      guint customer = crm_demo_pick_customer (demo);
      DemoCustomer *c = &demo->customers[customer];
      DemoProduct *product = &demo->products[crm_demo_pick_popular (demo, demo->devices)];
      gint64 years = 1 + rand_index (demo, 3);
      gint64 units = 1 + rand_index (demo, 5);
      gint64 yearly = product->price * units * rand_between (demo, 8, 16) / 100;
      gint64 starts_at, ends_at;
      char number[32];

      /* One in 25 runs out within the next 30 days, so that renewal
       * reminders always have something to show. */
      if (i % 25 == 0)
        {
          ends_at = demo->today + rand_between (demo, 1, 31) * DAY;
          starts_at = ends_at - years * YEAR;
        }
      else
        {
          starts_at = demo->today - rand_between (demo, 0, 4 * 365) * DAY;
          starts_at = MAX (starts_at, c->since - c->since % DAY);
          ends_at = starts_at + years * YEAR;
        }

      g_snprintf (number, sizeof number, "CT-%06u", i + 1);
      g_string_truncate (demo->text, 0);
      g_string_append (demo->text, "Maintenance contract: ");
      g_string_append (demo->text, product->name);

      crm_contract_set_customer_id (contract, c->id);
      crm_contract_set_product_id (contract, product->id);
      crm_contract_set_number (contract, number);
      crm_contract_set_title (contract, demo->text->str);
      crm_contract_set_starts_at (contract, starts_at);
      crm_contract_set_ends_at (contract, ends_at);
      crm_contract_set_value (contract, crm_demo_local_amount (c->country, yearly * years));
      crm_contract_set_currency (contract, crm_demo_countries[c->country].currency);
      crm_contract_set_reminder_days (contract, 30);
      if (units > 1)
        {
          g_string_truncate (demo->text, 0);
          g_string_append_printf (demo->text, "Covers %d units.", (int) units);
          crm_contract_set_notes (contract, demo->text->str);
        }

      if (!crm_demo_save (demo, contract, starts_at - rand_between (demo, 0, 30 * DAY), error) ||
          !crm_demo_checkpoint (demo, error))
        return FALSE;

      crm_demo_report (demo, stage, i + 1, n);
    }

  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Activities                                                             */
/* ---------------------------------------------------------------------- */

/* Picks one element of a customer's chain of deals or tickets: @first is its
 * head, and each element holds the index of the next one (-1 at the end). */
static gint32
pick_linked (Demo          *demo,
             gint32         first,
             gconstpointer  elements,
             gsize          element_size,
             goffset        next_offset)
{
  guint n = 0;
  guint k;
  gint32 i;

#define NEXT(i) (*(const gint32 *) ((const char *) elements + (gsize) (i) * element_size + next_offset))
  for (i = first; i >= 0; i = NEXT (i))
    n++;

  k = rand_index (demo, n);
  for (i = first; k > 0; i = NEXT (i))
    k--;
#undef NEXT

  return i;
}

static gboolean
is_contact_kind (CrmActivityKind kind)
{
  return kind != CRM_ACTIVITY_KIND_NOTE && kind != CRM_ACTIVITY_KIND_TASK;
}

static gboolean
create_activity (Demo          *demo,
                 guint          customer,
                 gboolean       recent,
                 GError       **error)
{
  static const CrmActivityKind recent_kinds[] = {
    CRM_ACTIVITY_KIND_CALL, CRM_ACTIVITY_KIND_EMAIL, CRM_ACTIVITY_KIND_VISIT, CRM_ACTIVITY_KIND_MEETING,
  };
  g_autoptr(CrmActivity) activity = crm_activity_new ();
  DemoCustomer *c = &demo->customers[customer];
  CrmActivityKind kind;
  const ActivityKindInfo *info;
  const Phrase *phrase = NULL;
  gint64 lo, hi, at, due_at = 0;
  guint16 staff = c->owner;
  gboolean done = TRUE;
  int minutes = 0;
  gint64 cost = 0;

  if (recent)
    {
      /* Keeps the customer out of the neglected list. */
      kind = PICK (demo, recent_kinds);
      lo = MAX (c->since, demo->now - 60 * DAY);
      hi = demo->now;
    }
  else
    {
      kind = crm_demo_pick_weighted (demo, demo->activity_weights, G_N_ELEMENTS (demo->activity_weights));
      lo = MAX (c->since, demo->now - 2 * YEAR);
      hi = c->neglected ? demo->now - 91 * DAY : demo->now;
    }
  info = &crm_demo_activity_kinds[kind];

  /* A quarter of the work on a customer with deals is about one of them, and
   * some of the rest about its service tickets. */
  if (demo->first_deal[customer] >= 0 && chance (demo, 25))
    {
      DemoDeal *deal = &demo->deals[pick_linked (demo, demo->first_deal[customer], demo->deals,
                                                 sizeof (DemoDeal), G_STRUCT_OFFSET (DemoDeal, next))];

      if (MAX (lo, deal->created_at) < MIN (hi, deal->ends_at))
        {
          lo = MAX (lo, deal->created_at);
          hi = MIN (hi, deal->ends_at);
          staff = deal->owner;
          phrase = &PICK (demo, crm_demo_deal_phrases);
          crm_activity_set_deal_id (activity, deal->id);
        }
    }
  else if (demo->first_ticket[customer] >= 0 && is_contact_kind (kind) && chance (demo, 15))
    {
      DemoTicket *ticket = &demo->tickets[pick_linked (demo, demo->first_ticket[customer], demo->tickets,
                                                       sizeof (DemoTicket), G_STRUCT_OFFSET (DemoTicket, next))];

      if (MAX (lo, ticket->received_at) < MIN (hi, ticket->ends_at))
        {
          lo = MAX (lo, ticket->received_at);
          hi = MIN (hi, ticket->ends_at);
          staff = ticket->technician;
          phrase = &PICK (demo, crm_demo_ticket_phrases);
          crm_activity_set_ticket_id (activity, ticket->id);
        }
    }

  at = crm_demo_working_time (demo, lo, hi);

  switch (kind)
    {
    case CRM_ACTIVITY_KIND_CALL:
      minutes = 2 + rand_index (demo, 38);
      cost = minutes * 40;
      break;

    case CRM_ACTIVITY_KIND_MEETING:
      minutes = 30 + 15 * rand_index (demo, 8);
      cost = minutes * 100;
      break;

    case CRM_ACTIVITY_KIND_VISIT:
      minutes = 45 + 15 * rand_index (demo, 14);
      /* Time on site plus travel. */
      cost = minutes * 90 + rand_between (demo, 15, 80) * 100;
      if (chance (demo, 40))
        staff = crm_demo_pick_technician (demo, c->country);
      break;

    case CRM_ACTIVITY_KIND_TASK:
      {
        guint r = c->neglected || recent ? 99 : rand_index (demo, 100);

        if (r < 20)
          {
            /* Still to do. */
            at = crm_demo_working_time (demo, MAX (lo, demo->now - 10 * DAY), demo->now);
            due_at = demo->today + rand_between (demo, 1, 31) * DAY + 9 * HOUR + rand_index (demo, 8) * HOUR;
            done = FALSE;
          }
        else if (r < 25)
          {
            /* Due today. */
            at = crm_demo_working_time (demo, MAX (lo, demo->now - 14 * DAY), demo->now);
            due_at = demo->today + 9 * HOUR + rand_index (demo, 9) * HOUR;
            done = chance (demo, 30);
          }
        else
          {
            due_at = at - at % DAY + rand_between (demo, 1, 15) * DAY + 17 * HOUR;
            /* Some slipped through. */
            done = due_at > demo->now ? FALSE : chance (demo, 88);
          }
      }
      break;

    case CRM_ACTIVITY_KIND_EMAIL:
    case CRM_ACTIVITY_KIND_SMS:
    case CRM_ACTIVITY_KIND_FAX:
    case CRM_ACTIVITY_KIND_NOTE:
    default:
      break;
    }

  if (!recent && chance (demo, 10))
    staff = rand_index (demo, demo->n_staff);

  crm_activity_set_kind (activity, kind);
  crm_activity_set_customer_id (activity, c->id);
  if (chance (demo, is_contact_kind (kind) ? 75 : 25))
    crm_activity_set_contact_id (activity, demo->contact_ids[c->first_contact + rand_index (demo, c->n_contacts)]);
  crm_activity_set_staff_id (activity, demo->staff[staff].id);
  if (phrase == NULL)
    phrase = &info->phrases[rand_index (demo, info->n_phrases)];
  crm_activity_set_subject (activity, phrase->subject);
  crm_activity_set_body (activity, phrase->body);
  crm_activity_set_at (activity, at);
  crm_activity_set_done (activity, done);
  if (minutes > 0)
    {
      crm_activity_set_duration_minutes (activity, minutes);
      crm_activity_set_cost (activity, crm_demo_local_amount (c->country, cost));
      crm_activity_set_currency (activity, crm_demo_countries[c->country].currency);
    }
  if (due_at > 0)
    crm_activity_set_due_at (activity, due_at);

  return crm_demo_save (demo, activity, at, error);
}

gboolean
crm_demo_create_activities (Demo    *demo,
                            GError **error)
{
  const char *stage = _("Creating activities");

  crm_demo_report (demo, stage, 0, demo->n_customers);

  for (guint i = 0; i < demo->n_customers; i++)
    {
      DemoCustomer *c = &demo->customers[i];
      /* 1 … 19: ten a customer on average. */
      guint n = 1 + rand_index (demo, 19);

      for (guint k = 0; k < n; k++)
        if (!create_activity (demo, i, k == 0 && !c->neglected, error))
          return FALSE;

      if (!crm_demo_checkpoint (demo, error))
        return FALSE;

      crm_demo_report (demo, stage, i + 1, demo->n_customers);
    }

  return TRUE;
}
