/* The system calls this SDK binds from the vDSO, as an X-macro list:
 * SYSCALL(name, (parameters), (argument names)) for calls returning an errno,
 * SYSCALL_NORETURN(...) for the two that never return.
 * 49 final calls followed by the 8 removed during 2017 (fact sheet 5.3, 13.2). */
SYSCALL(clock_res_get, (cloudabi_clockid_t clock_id, cloudabi_timestamp_t *resolution),
        (clock_id, resolution))
SYSCALL(clock_time_get,
        (cloudabi_clockid_t clock_id, cloudabi_timestamp_t precision, cloudabi_timestamp_t *time),
        (clock_id, precision, time))
SYSCALL(condvar_signal,
        (_Atomic(cloudabi_condvar_t) * condvar, cloudabi_scope_t scope, cloudabi_nthreads_t nwaiters),
        (condvar, scope, nwaiters))
SYSCALL(fd_close, (cloudabi_fd_t fd), (fd))
SYSCALL(fd_create1, (cloudabi_filetype_t type, cloudabi_fd_t *fd), (type, fd))
SYSCALL(fd_create2, (cloudabi_filetype_t type, cloudabi_fd_t *fd1, cloudabi_fd_t *fd2),
        (type, fd1, fd2))
SYSCALL(fd_datasync, (cloudabi_fd_t fd), (fd))
SYSCALL(fd_dup, (cloudabi_fd_t from, cloudabi_fd_t *fd), (from, fd))
SYSCALL(fd_pread,
        (cloudabi_fd_t fd, const cloudabi_iovec_t *iovs, size_t iovs_len, cloudabi_filesize_t offset,
         size_t *nread),
        (fd, iovs, iovs_len, offset, nread))
SYSCALL(fd_pwrite,
        (cloudabi_fd_t fd, const cloudabi_ciovec_t *iovs, size_t iovs_len,
         cloudabi_filesize_t offset, size_t *nwritten),
        (fd, iovs, iovs_len, offset, nwritten))
SYSCALL(fd_read, (cloudabi_fd_t fd, const cloudabi_iovec_t *iovs, size_t iovs_len, size_t *nread),
        (fd, iovs, iovs_len, nread))
SYSCALL(fd_replace, (cloudabi_fd_t from, cloudabi_fd_t to), (from, to))
SYSCALL(fd_seek,
        (cloudabi_fd_t fd, cloudabi_filedelta_t offset, cloudabi_whence_t whence,
         cloudabi_filesize_t *newoffset),
        (fd, offset, whence, newoffset))
SYSCALL(fd_stat_get, (cloudabi_fd_t fd, cloudabi_fdstat_t *buf), (fd, buf))
SYSCALL(fd_stat_put, (cloudabi_fd_t fd, const cloudabi_fdstat_t *buf, cloudabi_fdsflags_t flags),
        (fd, buf, flags))
SYSCALL(fd_sync, (cloudabi_fd_t fd), (fd))
SYSCALL(fd_write,
        (cloudabi_fd_t fd, const cloudabi_ciovec_t *iovs, size_t iovs_len, size_t *nwritten),
        (fd, iovs, iovs_len, nwritten))
SYSCALL(file_advise,
        (cloudabi_fd_t fd, cloudabi_filesize_t offset, cloudabi_filesize_t len,
         cloudabi_advice_t advice),
        (fd, offset, len, advice))
SYSCALL(file_allocate, (cloudabi_fd_t fd, cloudabi_filesize_t offset, cloudabi_filesize_t len),
        (fd, offset, len))
SYSCALL(file_create,
        (cloudabi_fd_t fd, const char *path, size_t path_len, cloudabi_filetype_t type),
        (fd, path, path_len, type))
SYSCALL(file_link,
        (cloudabi_lookup_t fd1, const char *path1, size_t path1_len, cloudabi_fd_t fd2,
         const char *path2, size_t path2_len),
        (fd1, path1, path1_len, fd2, path2, path2_len))
SYSCALL(file_open,
        (cloudabi_lookup_t dirfd, const char *path, size_t path_len, cloudabi_oflags_t oflags,
         const cloudabi_fdstat_t *fds, cloudabi_fd_t *fd),
        (dirfd, path, path_len, oflags, fds, fd))
SYSCALL(file_readdir,
        (cloudabi_fd_t fd, void *buf, size_t buf_len, cloudabi_dircookie_t cookie,
         size_t *bufused),
        (fd, buf, buf_len, cookie, bufused))
SYSCALL(file_readlink,
        (cloudabi_fd_t fd, const char *path, size_t path_len, char *buf, size_t buf_len,
         size_t *bufused),
        (fd, path, path_len, buf, buf_len, bufused))
SYSCALL(file_rename,
        (cloudabi_fd_t fd1, const char *path1, size_t path1_len, cloudabi_fd_t fd2,
         const char *path2, size_t path2_len),
        (fd1, path1, path1_len, fd2, path2, path2_len))
SYSCALL(file_stat_fget, (cloudabi_fd_t fd, cloudabi_filestat_t *buf), (fd, buf))
SYSCALL(file_stat_fput,
        (cloudabi_fd_t fd, const cloudabi_filestat_t *buf, cloudabi_fsflags_t flags),
        (fd, buf, flags))
SYSCALL(file_stat_get,
        (cloudabi_lookup_t fd, const char *path, size_t path_len, cloudabi_filestat_t *buf),
        (fd, path, path_len, buf))
SYSCALL(file_stat_put,
        (cloudabi_lookup_t fd, const char *path, size_t path_len, const cloudabi_filestat_t *buf,
         cloudabi_fsflags_t flags),
        (fd, path, path_len, buf, flags))
SYSCALL(file_symlink,
        (const char *path1, size_t path1_len, cloudabi_fd_t fd, const char *path2,
         size_t path2_len),
        (path1, path1_len, fd, path2, path2_len))
SYSCALL(file_unlink,
        (cloudabi_fd_t fd, const char *path, size_t path_len, cloudabi_ulflags_t flags),
        (fd, path, path_len, flags))
SYSCALL(lock_unlock, (_Atomic(cloudabi_lock_t) * lock, cloudabi_scope_t scope), (lock, scope))
SYSCALL(mem_advise, (void *mapping, size_t mapping_len, cloudabi_advice_t advice),
        (mapping, mapping_len, advice))
SYSCALL(mem_map,
        (void *addr, size_t len, cloudabi_mprot_t prot, cloudabi_mflags_t flags, cloudabi_fd_t fd,
         cloudabi_filesize_t off, void **mem),
        (addr, len, prot, flags, fd, off, mem))
SYSCALL(mem_protect, (void *mapping, size_t mapping_len, cloudabi_mprot_t prot),
        (mapping, mapping_len, prot))
SYSCALL(mem_sync, (void *mapping, size_t mapping_len, cloudabi_msflags_t flags),
        (mapping, mapping_len, flags))
SYSCALL(mem_unmap, (void *mapping, size_t mapping_len), (mapping, mapping_len))
SYSCALL(poll,
        (const cloudabi_subscription_t *in, cloudabi_event_t *out, size_t nsubscriptions,
         size_t *nevents),
        (in, out, nsubscriptions, nevents))
SYSCALL(proc_exec,
        (cloudabi_fd_t fd, const void *data, size_t data_len, const cloudabi_fd_t *fds,
         size_t fds_len),
        (fd, data, data_len, fds, fds_len))
SYSCALL_NORETURN(proc_exit, (cloudabi_exitcode_t rval), (rval))
SYSCALL(proc_fork, (cloudabi_fd_t *fd, cloudabi_tid_t *tid), (fd, tid))
SYSCALL(proc_raise, (cloudabi_signal_t sig), (sig))
SYSCALL(random_get, (void *buf, size_t buf_len), (buf, buf_len))
SYSCALL(sock_recv, (cloudabi_fd_t sock, const cloudabi_recv_in_t *in, cloudabi_recv_out_t *out),
        (sock, in, out))
SYSCALL(sock_send, (cloudabi_fd_t sock, const cloudabi_send_in_t *in, cloudabi_send_out_t *out),
        (sock, in, out))
SYSCALL(sock_shutdown, (cloudabi_fd_t sock, cloudabi_sdflags_t how), (sock, how))
SYSCALL(thread_create, (cloudabi_threadattr_t * attr, cloudabi_tid_t *tid), (attr, tid))
SYSCALL_NORETURN(thread_exit, (_Atomic(cloudabi_lock_t) * lock, cloudabi_scope_t scope),
                 (lock, scope))
SYSCALL(thread_yield, (void), ())
SYSCALL(mem_lock, (const void *mapping, size_t mapping_len), (mapping, mapping_len))
SYSCALL(mem_unlock, (const void *mapping, size_t mapping_len), (mapping, mapping_len))
SYSCALL(poll_fd,
        (cloudabi_fd_t fd, const cloudabi_subscription_t *in, size_t in_len,
         cloudabi_event_t *out, size_t out_len, const cloudabi_subscription_t *timeout,
         size_t *nevents),
        (fd, in, in_len, out, out_len, timeout, nevents))
SYSCALL(sock_accept, (cloudabi_fd_t sock, cloudabi_sockstat_t *buf, cloudabi_fd_t *conn),
        (sock, buf, conn))
SYSCALL(sock_bind, (cloudabi_fd_t sock, cloudabi_fd_t fd, const char *path, size_t path_len),
        (sock, fd, path, path_len))
SYSCALL(sock_connect, (cloudabi_fd_t sock, cloudabi_fd_t fd, const char *path, size_t path_len),
        (sock, fd, path, path_len))
SYSCALL(sock_listen, (cloudabi_fd_t sock, uint32_t backlog), (sock, backlog))
SYSCALL(sock_stat_get, (cloudabi_fd_t sock, cloudabi_sockstat_t *buf, cloudabi_ssflags_t flags),
        (sock, buf, flags))
