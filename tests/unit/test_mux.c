/*
 * The multiplexed chardev's escape keys and frontends (frontends/system/
 * mux_escape.c, mux.c), and the monitor's command table, by QEMU's mux
 * behaviour (chardev/char-mux.c): C-a h/x/s/b/c/t and C-a C-a, input only
 * to the focused frontend, every frontend's output out, focus to the last
 * frontend attached while the machine is built and kept across a rebuild.
 */
#include <check.h>
#include <string.h>

#include "frontends/system/monitor.h"
#include "frontends/system/mux.h"
#include "tests/unit/harness.h"

/* ---- the escape state machine ---- */

static enum mux_key feed(struct mux_escape *e, uint8_t byte) { return mux_escape_feed(e, &byte); }

START_TEST(plain_bytes_are_input)
{
    struct mux_escape e = {0};
    ck_assert_int_eq(feed(&e, 'a'), MUX_KEY_INPUT);
    ck_assert_int_eq(feed(&e, 'x'), MUX_KEY_INPUT); /* x without C-a is a letter */
    ck_assert_int_eq(feed(&e, 0), MUX_KEY_INPUT);
}
END_TEST

START_TEST(ctrl_a_then_a_key_is_a_command)
{
    static const struct { uint8_t key; enum mux_key want; } rows[] = {
        {'h', MUX_KEY_HELP}, {'?', MUX_KEY_HELP}, {'x', MUX_KEY_QUIT}, {'s', MUX_KEY_SYNC},
        {'b', MUX_KEY_BREAK}, {'c', MUX_KEY_SWITCH}, {'t', MUX_KEY_TIMESTAMPS},
    };
    for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        struct mux_escape e = {0};
        ck_assert_int_eq(feed(&e, MUX_ESCAPE_CHAR), MUX_KEY_NONE);
        ck_assert_int_eq(feed(&e, rows[i].key), rows[i].want);
        ck_assert_int_eq(feed(&e, rows[i].key), MUX_KEY_INPUT); /* the escape is over */
    }
}
END_TEST

START_TEST(ctrl_a_ctrl_a_is_one_literal_ctrl_a)
{
    struct mux_escape e = {0};
    ck_assert_int_eq(feed(&e, MUX_ESCAPE_CHAR), MUX_KEY_NONE);
    ck_assert_int_eq(feed(&e, MUX_ESCAPE_CHAR), MUX_KEY_INPUT);
    ck_assert(!e.pending);
    ck_assert_int_eq(feed(&e, MUX_ESCAPE_CHAR), MUX_KEY_NONE); /* a new escape */
}
END_TEST

START_TEST(unknown_key_after_ctrl_a_is_dropped)
{
    struct mux_escape e = {0};
    feed(&e, MUX_ESCAPE_CHAR);
    ck_assert_int_eq(feed(&e, 'z'), MUX_KEY_NONE);
    ck_assert_int_eq(feed(&e, 'z'), MUX_KEY_INPUT);
}
END_TEST

/* ---- the mux ---- */

struct sink {
    char text[4096];
    size_t len;
};

static void sink_out(void *opaque, const void *buf, size_t len)
{
    struct sink *s = opaque;
    if (s->len + len < sizeof(s->text)) {
        memcpy(s->text + s->len, buf, len);
        s->len += len;
        s->text[s->len] = 0;
    }
}

struct fake_fe {
    size_t room;
    char got[512];
    size_t len;
    unsigned breaks, focus_in, focus_out;
};

static size_t fe_room(void *opaque) { return ((struct fake_fe *)opaque)->room; }

static void fe_receive(void *opaque, const uint8_t *buf, size_t len)
{
    struct fake_fe *f = opaque;
    ck_assert_uint_le(len, f->room);
    memcpy(f->got + f->len, buf, len);
    f->len += len;
    f->got[f->len] = 0;
    f->room -= len;
}

static void fe_event(void *opaque, enum chardev_event ev)
{
    struct fake_fe *f = opaque;
    f->breaks += ev == CHARDEV_EVENT_BREAK;
    f->focus_in += ev == CHARDEV_EVENT_FOCUS_IN;
    f->focus_out += ev == CHARDEV_EVENT_FOCUS_OUT;
}

static struct chardev_frontend frontend(struct fake_fe *f)
{
    return (struct chardev_frontend){.can_receive = fe_room, .receive = fe_receive, .opaque = f,
                                     .event = fe_event};
}

static void type(struct mux *m, const char *text)
{
    mux_input(m, (const uint8_t *)text, strlen(text));
}

START_TEST(last_attached_has_the_focus_and_ctrl_a_c_moves_it)
{
    struct sink out = {0};
    struct vm_control vm = {0};
    struct mux m;
    mux_init(&m, sink_out, &out, &vm);
    struct fake_fe a = {.room = 100}, b = {.room = 100};
    struct chardev_frontend fa = frontend(&a);
    ck_assert(mux_attach(&m, &fa));
    struct chardev_frontend fb = frontend(&b);
    ck_assert(mux_attach(&m, &fb));
    mux_settle(&m);
    ck_assert_uint_eq(b.focus_in, 1);
    ck_assert_uint_eq(a.focus_in, 0);
    type(&m, "ls\r");
    ck_assert_str_eq(b.got, "ls\r");
    ck_assert_uint_eq(a.len, 0);
    type(&m, "\001cpwd");
    ck_assert_uint_eq(b.focus_out, 1);
    ck_assert_uint_eq(a.focus_in, 1);
    ck_assert_str_eq(a.got, "pwd");
    type(&m, "\001c"); /* round to b again */
    ck_assert_uint_eq(b.focus_in, 2);
}
END_TEST

START_TEST(held_input_waits_for_room_and_overflow_is_dropped)
{
    struct sink out = {0};
    struct mux m;
    mux_init(&m, sink_out, &out, 0);
    struct fake_fe a = {.room = 2};
    struct chardev_frontend fa = frontend(&a);
    mux_attach(&m, &fa);
    type(&m, "abcdef");
    ck_assert_str_eq(a.got, "ab");
    a.room = 3;
    mux_accept_input(&m);
    ck_assert_str_eq(a.got, "abcde");
    a.room = 0;
    char many[MUX_HELD + 50];
    memset(many, 'z', sizeof(many) - 1);
    many[sizeof(many) - 1] = 0;
    type(&m, many);
    a.room = 1000;
    mux_accept_input(&m);
    ck_assert_uint_eq(a.len, 5 + MUX_HELD); /* "f" and MUX_HELD - 1 z's: the rest dropped */
    ck_assert_int_eq(a.got[5], 'f');
}
END_TEST

START_TEST(ctrl_a_x_quits_and_says_so)
{
    struct sink out = {0};
    struct vm_control vm = {0};
    struct mux m;
    mux_init(&m, sink_out, &out, &vm);
    struct fake_fe a = {.room = 100};
    struct chardev_frontend fa = frontend(&a);
    mux_attach(&m, &fa);
    type(&m, "\001x");
    ck_assert(vm.quit);
    ck_assert_ptr_nonnull(strstr(out.text, "Terminated"));
    ck_assert_uint_eq(a.len, 0);
}
END_TEST

START_TEST(ctrl_a_h_lists_the_keys_and_ctrl_a_b_breaks)
{
    struct sink out = {0};
    struct mux m;
    mux_init(&m, sink_out, &out, 0);
    struct fake_fe a = {.room = 100};
    struct chardev_frontend fa = frontend(&a);
    mux_attach(&m, &fa);
    type(&m, "\001h\001b\001\001");
    ck_assert_ptr_nonnull(strstr(out.text, "C-a x    exit ferry"));
    ck_assert_ptr_nonnull(strstr(out.text, "C-a c    switch between console and monitor"));
    ck_assert_ptr_null(strstr(out.text, "C-a s")); /* no machine to commit disks of: not offered */
    ck_assert_uint_eq(a.breaks, 1);
    ck_assert_str_eq(a.got, "\001");
}
END_TEST

START_TEST(ctrl_a_s_asks_for_the_snapshot_commit)
{
    struct sink out = {0};
    struct mux m;
    mux_init(&m, sink_out, &out, 0);
    type(&m, "\001s"); /* no machine: nothing */
    struct vm_control vm = {0};
    mux_init(&m, sink_out, &out, &vm);
    type(&m, "\001s\001h");
    ck_assert(vm.commit_disks);
    ck_assert_ptr_nonnull(strstr(out.text, "C-a s    save disk data back to file (if -snapshot)"));
}
END_TEST

START_TEST(ctrl_a_t_stamps_each_line_after_the_next_newline)
{
    struct sink out = {0};
    struct mux m;
    mux_init(&m, sink_out, &out, 0);
    type(&m, "\001t");
    mux_write(&m, "one\ntwo\nthr", 11);
    /* the clock starts at the first stamp; the second is a moment later */
    ck_assert_int_eq(strncmp(out.text, "one\n[00:00:00.000] two\n[00:00:00.00", 35), 0);
    ck_assert_ptr_nonnull(strstr(out.text, "] thr"));
    type(&m, "\001t");
    mux_write(&m, "\nfour\n", 6);
    ck_assert_ptr_null(strstr(out.text, "] four"));
}
END_TEST

START_TEST(a_rebuilt_frontend_comes_back_to_its_slot_and_focus_stays)
{
    struct sink out = {0};
    struct mux m;
    mux_init(&m, sink_out, &out, 0);
    struct fake_fe mon = {.room = 100}, serial = {.room = 100}, serial2 = {.room = 100};
    struct chardev_frontend fm = frontend(&mon), fs = frontend(&serial), fs2 = frontend(&serial2);
    mux_attach(&m, &fm);
    mux_attach(&m, &fs);
    mux_settle(&m);
    type(&m, "\001c"); /* the user goes to the monitor */
    ck_assert_uint_eq(mon.focus_in, 1);
    mux_detach(&m, &serial); /* guest reboot: the board goes and comes back */
    mux_attach(&m, &fs2);
    type(&m, "info\r");
    ck_assert_str_eq(mon.got, "info\r");
    ck_assert_uint_eq(serial2.len, 0);
    type(&m, "\001cx");
    ck_assert_str_eq(serial2.got, "x");
}
END_TEST

START_TEST(a_fifth_frontend_is_refused)
{
    struct sink out = {0};
    struct mux m;
    mux_init(&m, sink_out, &out, 0);
    struct fake_fe f[5] = {{0}};
    for (int i = 0; i < 4; i++) {
        struct chardev_frontend fe = frontend(&f[i]);
        ck_assert(mux_attach(&m, &fe));
    }
    struct chardev_frontend fe = frontend(&f[4]);
    ck_assert(!mux_attach(&m, &fe));
}
END_TEST

/* ---- the monitor ---- */

START_TEST(monitor_commands_are_sorted_and_unique)
{
    for (unsigned i = 1; i < monitor_cmd_count; i++)
        ck_assert_int_lt(strcmp(monitor_cmds[i - 1].name, monitor_cmds[i].name), 0);
    for (unsigned i = 1; i < monitor_info_cmd_count; i++)
        ck_assert_int_lt(strcmp(monitor_info_cmds[i - 1].name, monitor_info_cmds[i].name), 0);
}
END_TEST

static void no_chardevs(void *opaque, char *buf, size_t cap)
{
    (void)opaque;
    snprintf(buf, cap, "serial0: filename=stdio\n");
}

START_TEST(monitor_runs_status_stop_cont_reset_quit)
{
    struct sink out = {0};
    struct vm_control vm = {0};
    struct monitor mon;
    monitor_init(&mon, &(struct monitor_host){sink_out, no_chardevs, &out}, &vm);
    monitor_focus_in(&mon);
    ck_assert_ptr_nonnull(strstr(out.text, "monitor - type 'help' for more information\r\n(qemu) "));
    const char *typed = "info status\rstop\rinfo  status\r" "c\rinfo chardev\rsystem_reset\rsystem_powerdown\rbogus\r";
    monitor_input(&mon, (const uint8_t *)typed, strlen(typed));
    ck_assert_ptr_nonnull(strstr(out.text, "VM status: running\r\n"));
    ck_assert_ptr_nonnull(strstr(out.text, "VM status: paused\r\n"));
    ck_assert(!vm.paused);
    ck_assert(vm.reset);
    ck_assert(vm.powerdown);
    ck_assert_ptr_nonnull(strstr(out.text, "serial0: filename=stdio\r\n"));
    ck_assert_ptr_nonnull(strstr(out.text, "unknown command: 'bogus'\r\n"));
    monitor_input(&mon, (const uint8_t *)"quix\x7fo\r", 7); /* backspace */
    ck_assert(!vm.quit);
    ck_assert_ptr_nonnull(strstr(out.text, "unknown command: 'quio'"));
    monitor_input(&mon, (const uint8_t *)"\x1b[Aq\r\n", 6); /* an arrow key is ignored */
    ck_assert(vm.quit);
}
END_TEST

static Suite *mux_suite(void)
{
    Suite *s = suite_create("mux");
    TCase *tc = tcase_create("escape");
    tcase_add_test(tc, plain_bytes_are_input);
    tcase_add_test(tc, ctrl_a_then_a_key_is_a_command);
    tcase_add_test(tc, ctrl_a_ctrl_a_is_one_literal_ctrl_a);
    tcase_add_test(tc, unknown_key_after_ctrl_a_is_dropped);
    suite_add_tcase(s, tc);
    tc = tcase_create("mux");
    tcase_add_test(tc, last_attached_has_the_focus_and_ctrl_a_c_moves_it);
    tcase_add_test(tc, held_input_waits_for_room_and_overflow_is_dropped);
    tcase_add_test(tc, ctrl_a_x_quits_and_says_so);
    tcase_add_test(tc, ctrl_a_h_lists_the_keys_and_ctrl_a_b_breaks);
    tcase_add_test(tc, ctrl_a_s_asks_for_the_snapshot_commit);
    tcase_add_test(tc, ctrl_a_t_stamps_each_line_after_the_next_newline);
    tcase_add_test(tc, a_rebuilt_frontend_comes_back_to_its_slot_and_focus_stays);
    tcase_add_test(tc, a_fifth_frontend_is_refused);
    suite_add_tcase(s, tc);
    tc = tcase_create("monitor");
    tcase_add_test(tc, monitor_commands_are_sorted_and_unique);
    tcase_add_test(tc, monitor_runs_status_stop_cont_reset_quit);
    suite_add_tcase(s, tc);
    return s;
}

int main(void) { return harness_run_suite(mux_suite()); }
