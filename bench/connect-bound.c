/*
 * The machine's connect() bound for `npm run bench` (bench/sweep.mjs): TCP connect to every
 * port of FIRST..LAST on one IPv4 address, non-blocking sockets and epoll, THREADS threads
 * (each with its own epoll and its own share of the ports, INFLIGHT connects at once).
 * Connect-only: a socket that connects is closed with an RST (SO_LINGER 0) at once, nothing
 * is sent. Prints the open ports and the wall time from the first socket to the last close.
 *
 *   cc -O2 -pthread -o connect-bound connect-bound.c
 *   ./connect-bound ADDRESS FIRST LAST THREADS INFLIGHT
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static struct in_addr addr;
static int first, last, threads, inflight;
static unsigned char *open_ports;

struct share { int from, to; };

static void reset_close(int fd) {
  struct linger l = {1, 0};
  setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
  close(fd);
}

static void *sweep(void *arg) {
  struct share *s = arg;
  int ep = epoll_create1(0);
  struct epoll_event events[256];
  int next = s->from, busy = 0;
  while (next <= s->to || busy > 0) {
    while (busy < inflight && next <= s->to) {
      int port = next++;
      int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
      if (fd < 0) { next--; break; }
      struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = htons(port), .sin_addr = addr};
      int r = connect(fd, (struct sockaddr *)&sa, sizeof sa);
      if (r == 0) { open_ports[port] = 1; reset_close(fd); continue; }
      if (errno != EINPROGRESS) { close(fd); continue; }
      struct epoll_event ev = {.events = EPOLLOUT, .data.u64 = ((uint64_t)port << 32) | (uint32_t)fd};
      epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
      busy++;
    }
    if (busy == 0) continue;
    int n = epoll_wait(ep, events, 256, 1000);
    for (int i = 0; i < n; i++) {
      int fd = (int)(uint32_t)events[i].data.u64;
      int port = (int)(events[i].data.u64 >> 32);
      int err = 0;
      socklen_t len = sizeof err;
      getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
      if (err == 0) { open_ports[port] = 1; reset_close(fd); } else close(fd);
      busy--;
    }
  }
  close(ep);
  return NULL;
}

int main(int argc, char **argv) {
  if (argc != 6 || inet_pton(AF_INET, argv[1], &addr) != 1) {
    fprintf(stderr, "usage: %s ADDRESS FIRST LAST THREADS INFLIGHT\n", argv[0]);
    return 2;
  }
  first = atoi(argv[2]); last = atoi(argv[3]); threads = atoi(argv[4]); inflight = atoi(argv[5]);
  open_ports = calloc(65536, 1);
  pthread_t t[64];
  struct share shares[64];
  struct timespec a, b;
  clock_gettime(CLOCK_MONOTONIC, &a);
  int span = last - first + 1;
  for (int i = 0; i < threads; i++) {
    /* Interleaved slices would share cache lines of open_ports; contiguous halves do not. */
    shares[i].from = first + (int)((long)span * i / threads);
    shares[i].to = first + (int)((long)span * (i + 1) / threads) - 1;
    pthread_create(&t[i], NULL, sweep, &shares[i]);
  }
  for (int i = 0; i < threads; i++) pthread_join(t[i], NULL);
  clock_gettime(CLOCK_MONOTONIC, &b);
  printf("ms %.1f\nopen", (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6);
  for (int p = first; p <= last; p++) if (open_ports[p]) printf(" %d", p);
  printf("\n");
  return 0;
}
