/* ARM EABI helpers that need a custom register interface. */
#if defined(__arm__)
	.syntax unified
	.text

/* void *__aeabi_read_tp(void): the thread pointer, kept in TPIDRURW
 * (CloudABI programs set it themselves). Clobbers only r0. */
	.globl __aeabi_read_tp
	.type __aeabi_read_tp, %function
	.p2align 2
__aeabi_read_tp:
	mrc p15, 0, r0, c13, c0, 2
	bx lr
	.size __aeabi_read_tp, . - __aeabi_read_tp

/* {quotient r0:r1, remainder r2:r3} __aeabi_uldivmod(a r0:r1, b r2:r3) */
	.globl __aeabi_uldivmod
	.type __aeabi_uldivmod, %function
	.p2align 2
__aeabi_uldivmod:
	push {r11, lr}
	sub sp, sp, #16
	add r12, sp, #8
	str r12, [sp]
	bl __udivmoddi4
	ldr r2, [sp, #8]
	ldr r3, [sp, #12]
	add sp, sp, #16
	pop {r11, pc}
	.size __aeabi_uldivmod, . - __aeabi_uldivmod

/* Signed variant, truncating. */
	.globl __aeabi_ldivmod
	.type __aeabi_ldivmod, %function
	.p2align 2
__aeabi_ldivmod:
	push {r11, lr}
	sub sp, sp, #16
	add r12, sp, #8
	str r12, [sp]
	bl __divmoddi4
	ldr r2, [sp, #8]
	ldr r3, [sp, #12]
	add sp, sp, #16
	pop {r11, pc}
	.size __aeabi_ldivmod, . - __aeabi_ldivmod

	.section .note.GNU-stack, "", %progbits
#endif
