import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from interviews.models import (
    Commentary,
    Interview,
    Participant,
    Quote,
    Section,
    Speaker,
    Status,
    Topic,
)


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker

    name = factory.Sequence(lambda n: f"Speaker {n}")
    slug = factory.Sequence(lambda n: f"speaker-{n}")
    role = "CEO"
    organisation = factory.Sequence(lambda n: f"Company {n}")


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")


class InterviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Interview

    title = factory.Sequence(lambda n: f"Interview {n}")
    slug = factory.Sequence(lambda n: f"interview-{n}")
    status = Status.PUBLISHED
    format = "podcast"
    date = factory.Faker("date_object")


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participant

    interview = factory.SubFactory(InterviewFactory)
    speaker = factory.SubFactory(SpeakerFactory)
    role = "subject"


class SectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Section

    interview = factory.SubFactory(InterviewFactory)
    heading = factory.Sequence(lambda n: f"Section {n}")
    position = factory.Sequence(lambda n: n + 1)


class QuoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quote

    interview = factory.SubFactory(InterviewFactory)
    speaker = factory.SubFactory(SpeakerFactory)
    text = factory.Faker("sentence", nb_words=14)
    kind = "direct"
    position = factory.Sequence(lambda n: (n + 1) * 10)


class CommentaryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Commentary

    quote = factory.SubFactory(QuoteFactory)
    interview = factory.SelfAttribute("quote.interview")
    body = factory.Faker("paragraph")
    kind = "critique"
    author = "Staff critic"
    position = factory.Sequence(lambda n: n)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    is_staff = True
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery")

    @factory.post_generation
    def group(self, create, extracted, **kwargs):
        if create and extracted:
            if not Group.objects.filter(name=extracted).exists():
                from .conftest import newsroom_groups

                newsroom_groups()
            self.groups.add(Group.objects.get(name=extracted))
            self.save()
