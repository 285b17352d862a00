"""Daily digests: subscriptions in SQLite (store), JobQueue scheduling (schedule), sending (deliver), commands
(handlers).

Why a package: the store and the delivery rules are tested without Telegram; only schedule, deliver and
handlers import python-telegram-bot.
"""
